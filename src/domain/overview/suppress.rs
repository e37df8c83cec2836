//! How a count may be shown in the policy overview: never under [`MIN_COUNT`], and never so that
//! subtracting shown counts from a shown total gives one back.

/// The smallest count shown as a number.
pub const MIN_COUNT: u64 = 10;

/// A count as it may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// The count itself.
    Exact(u64),
    /// Under [`MIN_COUNT`] (0 included): shown as "< 10".
    Under,
    /// At least [`MIN_COUNT`], but hidden because subtraction from the counts shown would give a
    /// count under [`MIN_COUNT`] back.
    Hidden,
}

impl Shown {
    pub fn exact(self) -> Option<u64> {
        match self {
            Shown::Exact(n) => Some(n),
            _ => None,
        }
    }
}

/// Cells that together make up a total shown elsewhere (the routes of all codes, the versions,
/// the months, the first steps): each under [`MIN_COUNT`] is "< 10"; and while the hidden cells
/// add up to less than [`MIN_COUNT`], or only one cell is hidden (its count would follow from the
/// total), the smallest shown cell is hidden as well.
pub fn partition(cells: &[u64]) -> Vec<Shown> {
    let mut shown: Vec<Shown> = cells
        .iter()
        .map(|&n| {
            if n < MIN_COUNT {
                Shown::Under
            } else {
                Shown::Exact(n)
            }
        })
        .collect();
    loop {
        let hidden: Vec<usize> = (0..cells.len())
            .filter(|&i| shown[i].exact().is_none())
            .collect();
        let hidden_sum: u64 = hidden.iter().map(|&i| cells[i]).sum();
        if hidden.is_empty() || (hidden.len() >= 2 && hidden_sum >= MIN_COUNT) {
            return shown;
        }
        let smallest = (0..cells.len())
            .filter(|&i| shown[i].exact().is_some())
            .min_by_key(|&i| (cells[i], i));
        match smallest {
            Some(i) => shown[i] = Shown::Hidden,
            None => return shown,
        }
    }
}

/// A count out of a base shown elsewhere (codes with money shared, out of all codes): "< 10"
/// under [`MIN_COUNT`], and hidden when the rest (`base - count`) is a count under
/// [`MIN_COUNT`] other than zero, which subtraction would give back.
pub fn part_of(count: u64, base: u64) -> Shown {
    let rest = base.saturating_sub(count);
    if count < MIN_COUNT {
        Shown::Under
    } else if rest > 0 && rest < MIN_COUNT {
        Shown::Hidden
    } else {
        Shown::Exact(count)
    }
}
