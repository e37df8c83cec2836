//! When three presses of Shift mean "get me out of here" (GOV.UK's exit-this-page pattern):
//! [`PRESSES`] presses within [`WINDOW_MS`]. Pure, so the rule is tested natively; the listener
//! is `adapters::keys`.

/// Shift pressed this many times within [`WINDOW_MS`] leaves.
pub const PRESSES: usize = 3;
/// Milliseconds.
pub const WINDOW_MS: f64 = 5_000.0;

/// The recent Shift presses.
#[derive(Clone, Debug, Default)]
pub struct ShiftCount {
    times: Vec<f64>,
}

impl ShiftCount {
    /// A press at `now` (milliseconds); `true` when it is the last of [`PRESSES`] within
    /// [`WINDOW_MS`] (and counting starts again).
    pub fn press(&mut self, now: f64) -> bool {
        self.times.retain(|t| now - t < WINDOW_MS && *t <= now);
        self.times.push(now);
        if self.times.len() >= PRESSES {
            self.times.clear();
            return true;
        }
        false
    }

    /// Any other key breaks the run, so typing a capital now and then never leaves.
    pub fn other_key(&mut self) {
        self.times.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_presses_within_five_seconds_leave_and_other_keys_break_the_run() {
        let mut c = ShiftCount::default();
        assert!(!c.press(0.0));
        assert!(!c.press(1_000.0));
        assert!(c.press(4_999.0));
        // Counting starts again.
        assert!(!c.press(5_000.0));
        // Too slow: the first press has dropped out of the window.
        let mut c = ShiftCount::default();
        c.press(0.0);
        c.press(3_000.0);
        assert!(!c.press(5_000.0));
        assert!(c.press(6_000.0));
        // Shift, a letter, Shift, a letter, Shift: someone typing capitals.
        let mut c = ShiftCount::default();
        for t in [0.0, 300.0, 600.0] {
            assert!(!c.press(t));
            c.other_key();
        }
        // A clock that went back does not count old presses.
        let mut c = ShiftCount::default();
        c.press(10_000.0);
        c.press(11_000.0);
        assert!(!c.press(1_000.0));
    }
}
