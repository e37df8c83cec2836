//! The policy overview: figures over many result codes that people chose to share, computed on
//! the device that reads them, with no database and no list of anyone.
//!
//! Rules kept:
//! - **Never who.** A [`Tally`] holds counts only (and a 64-bit fingerprint per code, to count
//!   repeats; it cannot be turned back into a code). [`Figures`] shows every count under
//!   [`MIN_COUNT`] as "< 10", and hides further counts wherever subtraction would give one back
//!   (see [`partition`] and [`part_of`]). Below [`MIN_COUNT`] codes nothing but that is shown.
//! - **Streamed.** Lines are added one at a time; memory grows with the number of distinct codes
//!   (eight bytes each for the repeat count), never with the file.
//! - **Bad input is counted, never fatal.** A line that is no code, a code of a version this build
//!   does not know, one whose route its own answers contradict, an over-long line or one that is
//!   not text: each is skipped and counted by reason.
//! - **Same figures everywhere.** The command line (`werkroute overview`) and the page
//!   (`#/overzicht`) both call this module.
//!
//! What a count means: sharing was the person's choice, so a circumstance counted here is a
//! floor ("at least this many said so"), not a rate; and the codes are no sample of all
//! residents, only of those who shared.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};

use super::code::{read_any, CodeError};
use super::ids::{BarrierDomain, SubId};
use super::outcome::{Lead, RouteCode};
use super::rules::Rules;
use super::share::{axes_withheld, reader_outcome, Month};
use super::steps::StepId;
use super::whatif::route_levers;

mod suppress;
pub use suppress::{part_of, partition, Shown, MIN_COUNT};

/// Lines longer than this many bytes are skipped unread (a link is well under 200).
pub const MAX_LINE: usize = 2048;

/// Why a line was skipped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Skipped {
    /// Not a result code, typeable code or link.
    NotACode,
    /// A code of a rules version or format this build does not know.
    UnknownVersion,
    /// A share code whose route its own answers contradict.
    Contradicts,
    /// Longer than [`MAX_LINE`].
    TooLong,
    /// Not text (not UTF-8).
    NotText,
}

impl Skipped {
    pub const ALL: [Skipped; 5] = [
        Skipped::NotACode,
        Skipped::UnknownVersion,
        Skipped::Contradicts,
        Skipped::TooLong,
        Skipped::NotText,
    ];

    /// The stable id (catalog key `overview.skipped.<id>`, CSV).
    pub fn as_str(self) -> &'static str {
        match self {
            Skipped::NotACode => "not_a_code",
            Skipped::UnknownVersion => "unknown_version",
            Skipped::Contradicts => "contradicts",
            Skipped::TooLong => "too_long",
            Skipped::NotText => "not_text",
        }
    }
}

/// A route, or "no route yet" (`None`).
pub type RouteOrNone = Option<RouteCode>;

/// One what-if lever over many codes: one step better on `sub` moves a code from one route to
/// another.
pub type LeverKey = (SubId, RouteCode, RouteCode);

/// Raw counts over the lines read so far. Never shown as it is: see [`Tally::figures`].
#[derive(Clone, Debug, Default)]
pub struct Tally {
    /// Lines that were not empty.
    pub lines: u64,
    /// Codes read.
    pub codes: u64,
    pub skipped: BTreeMap<Skipped, u64>,
    pub versions: BTreeMap<&'static str, u64>,
    /// By the month a share code names; `None` for the formats that carry no month.
    pub months: BTreeMap<Option<Month>, u64>,
    pub routes: BTreeMap<RouteOrNone, u64>,
    /// Codes whose result is in the grey zone (where the code can say so).
    pub grey_zone: u64,
    /// Codes whose result leads with "sort this out first".
    pub sort_out_first: u64,
    /// Codes in which a circumstance that plays a role was shared.
    pub circumstances: BTreeMap<BarrierDomain, u64>,
    /// Codes with the sub-score in its lowest band ("nog niet").
    pub low: BTreeMap<SubId, u64>,
    /// The first step of each code's result.
    pub first_steps: BTreeMap<StepId, u64>,
    pub levers: BTreeMap<LeverKey, u64>,
    /// Codes the levers were computed for (a route, and the answers behind it shared).
    pub levers_base: BTreeMap<RouteCode, u64>,
    seen: HashSet<u64>,
}

impl Tally {
    pub fn new() -> Tally {
        Tally::default()
    }

    /// Adds one line of a file (without its `\n`; a `\r` before it is dropped here). Empty lines
    /// are ignored; every other line is a code or a skip.
    pub fn add_line(&mut self, line: &[u8]) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        self.lines += 1;
        if line.len() > MAX_LINE {
            return self.skip(Skipped::TooLong);
        }
        let Ok(text) = std::str::from_utf8(line) else {
            return self.skip(Skipped::NotText);
        };
        let (code, decoded) = match read_any(text) {
            Ok(found) => found,
            Err(CodeError::UnknownFormat(_) | CodeError::UnknownRulesVersion(_)) => {
                return self.skip(Skipped::UnknownVersion)
            }
            Err(_) => return self.skip(Skipped::NotACode),
        };
        let Ok(rules) = Rules::get(decoded.rules_version) else {
            return self.skip(Skipped::UnknownVersion);
        };
        let Ok(outcome) = reader_outcome(rules, &decoded) else {
            return self.skip(Skipped::Contradicts);
        };
        self.codes += 1;
        let mut h = DefaultHasher::new();
        code.hash(&mut h);
        self.seen.insert(h.finish());
        *self.versions.entry(decoded.rules_version).or_default() += 1;
        *self
            .months
            .entry(decoded.shared.as_ref().map(|s| s.made))
            .or_default() += 1;
        *self.routes.entry(outcome.route).or_default() += 1;
        self.grey_zone += u64::from(outcome.grey_zone);
        self.sort_out_first += u64::from(outcome.lead == Lead::SortOutFirst);
        for b in &outcome.barriers {
            *self.circumstances.entry(b.domain).or_default() += 1;
        }
        for s in &outcome.subscores {
            if s.weight > 0.0 && s.score.is_some_and(|v| v < rules.bands.partly_from) {
                *self.low.entry(s.sub).or_default() += 1;
            }
        }
        if let Some(first) = outcome.steps.first() {
            *self.first_steps.entry(*first).or_default() += 1;
        }
        if let Some(from) = outcome.route.filter(|_| !axes_withheld(rules, &decoded)) {
            *self.levers_base.entry(from).or_default() += 1;
            for (sub, to) in route_levers(rules, &decoded.answers, &outcome) {
                *self.levers.entry((sub, from, to)).or_default() += 1;
            }
        }
    }

    /// Codes read that an earlier line already had. They are counted like any other code: two
    /// people can give the same answers.
    pub fn repeats(&self) -> u64 {
        self.codes - self.seen.len() as u64
    }

    /// Adds the counts of `other` (the same kind of file read in parts, e.g. by two threads).
    pub fn merge(&mut self, other: Tally) {
        fn add<K: Ord>(into: &mut BTreeMap<K, u64>, from: BTreeMap<K, u64>) {
            for (k, n) in from {
                *into.entry(k).or_default() += n;
            }
        }
        self.lines += other.lines;
        self.codes += other.codes;
        self.grey_zone += other.grey_zone;
        self.sort_out_first += other.sort_out_first;
        add(&mut self.skipped, other.skipped);
        add(&mut self.versions, other.versions);
        add(&mut self.months, other.months);
        add(&mut self.routes, other.routes);
        add(&mut self.circumstances, other.circumstances);
        add(&mut self.low, other.low);
        add(&mut self.first_steps, other.first_steps);
        add(&mut self.levers, other.levers);
        add(&mut self.levers_base, other.levers_base);
        self.seen.extend(other.seen);
    }

    /// Counts a line that was longer than [`MAX_LINE`] without reading it (a streaming reader
    /// stops keeping a line at that length).
    pub fn add_too_long(&mut self) {
        self.lines += 1;
        self.skip(Skipped::TooLong);
    }

    fn skip(&mut self, why: Skipped) {
        *self.skipped.entry(why).or_default() += 1;
    }

    /// Reads every line of `text` (a whole file in memory, as the page has it).
    pub fn add_text(&mut self, text: &[u8]) {
        for line in text.split(|b| *b == b'\n') {
            self.add_line(line);
        }
    }

    /// The figures as they may be shown.
    pub fn figures(&self) -> Figures {
        Figures::of(self)
    }
}

/// The figures of a tally, every count already suppressed as it must be. Lists are in a fixed
/// order (routes A–D then "no route yet"; other lists most frequent first, by raw count, which
/// decides only the order).
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    /// Fewer than [`MIN_COUNT`] codes: nothing else is shown.
    pub too_few: bool,
    pub codes: Shown,
    pub lines: Shown,
    pub repeats: Shown,
    pub skipped: Vec<(Skipped, Shown)>,
    pub versions: Vec<(&'static str, Shown)>,
    pub months: Vec<(Option<Month>, Shown)>,
    pub routes: Vec<(RouteOrNone, Shown)>,
    pub grey_zone: Shown,
    pub sort_out_first: Shown,
    pub circumstances: Vec<(BarrierDomain, Shown)>,
    pub low: Vec<(SubId, Shown)>,
    /// The most frequent first steps; `None` is every other first step together, so the list
    /// still adds up to all codes and nothing can be subtracted back.
    pub first_steps: Vec<(Option<StepId>, Shown)>,
    pub levers: Vec<(LeverKey, Shown)>,
}

/// How many entries of the "most often" lists are shown.
pub const TOP: usize = 8;

impl Figures {
    fn of(t: &Tally) -> Figures {
        let total = t.codes;
        let too_few = total < MIN_COUNT;
        let plain = |n: u64| {
            if n < MIN_COUNT {
                Shown::Under
            } else {
                Shown::Exact(n)
            }
        };
        let routes_order: Vec<RouteOrNone> = vec![
            Some(RouteCode::A),
            Some(RouteCode::B),
            Some(RouteCode::C),
            Some(RouteCode::D),
            None,
        ];
        let route_counts: Vec<u64> = routes_order
            .iter()
            .map(|r| t.routes.get(r).copied().unwrap_or(0))
            .collect();
        let routes = routes_order
            .into_iter()
            .zip(partition(&route_counts))
            .collect();
        let versions = zip_partition(t.versions.iter().map(|(k, v)| (*k, *v)));
        let months = zip_partition(t.months.iter().map(|(k, v)| (*k, *v)));
        let first_steps = top_partition(&t.first_steps);
        let circumstances = top(ranked(&t.circumstances)
            .into_iter()
            .map(|(k, n)| (k, part_of(n, total)))
            .collect());
        let low = top(ranked(&t.low)
            .into_iter()
            .map(|(k, n)| (k, part_of(n, total)))
            .collect());
        let levers = top(ranked(&t.levers)
            .into_iter()
            .map(|(k, n)| {
                let base = t.levers_base.get(&k.1).copied().unwrap_or(0);
                (k, part_of(n, base))
            })
            .collect());
        let skipped = Skipped::ALL
            .iter()
            .filter_map(|s| t.skipped.get(s).map(|n| (*s, plain(*n))))
            .collect();
        Figures {
            too_few,
            codes: plain(total),
            lines: plain(t.lines),
            repeats: plain(t.repeats()),
            skipped,
            versions,
            months,
            routes,
            grey_zone: part_of(t.grey_zone, total),
            sort_out_first: part_of(t.sort_out_first, total),
            circumstances,
            low,
            first_steps,
            levers,
        }
    }
}

/// Entries most frequent first (ties in id order).
fn ranked<K: Ord + Copy>(map: &BTreeMap<K, u64>) -> Vec<(K, u64)> {
    let mut v: Vec<(K, u64)> = map.iter().map(|(k, n)| (*k, *n)).collect();
    super::sorting::sort_by(&mut v, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

fn zip_partition<K>(entries: impl Iterator<Item = (K, u64)>) -> Vec<(K, Shown)> {
    let (keys, counts): (Vec<K>, Vec<u64>) = entries.unzip();
    keys.into_iter().zip(partition(&counts)).collect()
}

/// A partition cut to its [`TOP`] most frequent entries plus one "everything else" entry
/// (`None`), suppressed as one partition: the entries left out add up to a cell of their own, so
/// no count follows from subtracting the shown ones from the total.
fn top_partition<K: Ord + Copy>(map: &BTreeMap<K, u64>) -> Vec<(Option<K>, Shown)> {
    let all = ranked(map);
    let mut cells: Vec<(Option<K>, u64)> =
        all.iter().take(TOP).map(|(k, n)| (Some(*k), *n)).collect();
    if all.len() > TOP {
        cells.push((None, all[TOP..].iter().map(|(_, n)| n).sum()));
    }
    zip_partition(cells.into_iter())
}

/// The first [`TOP`] entries. A partition cut this way keeps its suppression: what is left out
/// is not shown, so no total of the shown entries is a total of the partition.
fn top<K>(mut v: Vec<(K, Shown)>) -> Vec<(K, Shown)> {
    v.truncate(TOP);
    v
}

#[cfg(test)]
#[path = "overview_tests.rs"]
mod tests;
