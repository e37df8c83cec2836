//! What goes along when a person shares their result: the topics a person can include or leave
//! out, the topics they want to talk about, and the answers a share code may carry.
//!
//! Rules kept (security review H1, issue 15):
//! - **Willen and kunnen answers go along by default; every circumstance only when ticked.**
//! - **An acute answer never goes along**, whatever is ticked (nowhere to sleep tonight, dark
//!   thoughts, unsafe at home): the person can still flag the topic to talk about it.
//! - **The route always goes along** (it is what the check is about); the answers behind it only
//!   as chosen, so the reader shows the route the person's own app gave, and says so.
//! - "Hier wil ik over praten" is independent of sharing: a person can flag money without
//!   sending a single answer about it.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::bank::{Feeds, QuestionId};
use super::code::{CodeError, Decoded};
use super::ids::{string_id, Axis, BarrierDomain};
use super::outcome::{Because, Outcome};
use super::rules::{Rules, DONT_KNOW, RATHER_NOT};
use super::score::{item_value, score};

string_id! {
    /// A topic a person shares or wants to talk about. Catalog keys: `share.topic.<id>`.
    pub enum Topic {
        Willen => "willen",
        Kunnen => "kunnen",
        HoldsBack => "holds_back",
        Money => "money",
        Housing => "housing",
        PhysicalHealth => "physical_health",
        MentalHealth => "mental_health",
        AlcoholDrugs => "alcohol_drugs",
        CareForOthers => "care_for_others",
        Childcare => "childcare",
        Transport => "transport",
        SupportPeople => "support_people",
        SafetyHome => "safety_home",
        Justice => "justice",
        Language => "language",
        DigitalAccess => "digital_access",
        DailyRhythm => "daily_rhythm",
    }
}

impl Topic {
    /// The topic of a barrier domain (the same name).
    pub fn of_domain(domain: BarrierDomain) -> Topic {
        Topic::parse(domain.as_str()).unwrap_or(Topic::HoldsBack)
    }

    /// The topic a question's answer belongs to.
    pub fn of_feeds(feeds: Feeds) -> Topic {
        match feeds {
            Feeds::Sub(sub) if sub.axis() == Axis::Willen => Topic::Willen,
            Feeds::Sub(_) => Topic::Kunnen,
            Feeds::Barrier(domain) => Topic::of_domain(domain),
            Feeds::HoldsBack => Topic::HoldsBack,
        }
    }

    /// Shared unless the person leaves it out (willen and kunnen); every other topic only when
    /// ticked.
    pub fn shared_by_default(self) -> bool {
        matches!(self, Topic::Willen | Topic::Kunnen)
    }
}

/// What the person chose to send along.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareChoice {
    /// Topics whose answers go along.
    pub include: BTreeSet<Topic>,
    /// Whether what the person said themselves goes along.
    pub own_say: bool,
    /// "Hier wil ik over praten".
    pub talk: BTreeSet<Topic>,
}

impl Default for ShareChoice {
    fn default() -> Self {
        ShareChoice {
            include: Topic::ALL
                .iter()
                .copied()
                .filter(|t| t.shared_by_default())
                .collect(),
            own_say: true,
            talk: BTreeSet::new(),
        }
    }
}

impl ShareChoice {
    pub fn set_include(&mut self, topic: Topic, on: bool) {
        if on {
            self.include.insert(topic);
        } else {
            self.include.remove(&topic);
        }
    }

    pub fn set_talk(&mut self, topic: Topic, on: bool) {
        if on {
            self.talk.insert(topic);
        } else {
            self.talk.remove(&topic);
        }
    }
}

/// A calendar month: the only time a share code carries (never the day or hour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: u16,
    month: u8,
}

impl Month {
    /// Months a code can name: January 2000 to December 2199.
    pub fn new(year: u16, month: u8) -> Option<Month> {
        ((2000..2200).contains(&year) && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The month (UTC) of a time in milliseconds since the Unix epoch; outside the range a code
    /// can name, the nearest month it can.
    pub fn from_unix_ms(ms: f64) -> Month {
        let days = (ms / 86_400_000.0).floor();
        let days = if days.is_finite() { days as i64 } else { 0 };
        // Howard Hinnant's civil-from-days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        match year {
            ..2000 => Month {
                year: 2000,
                month: 1,
            },
            2200.. => Month {
                year: 2199,
                month: 12,
            },
            y => Month {
                year: y as u16,
                month: month as u8,
            },
        }
    }

    /// Months since January 2000 (how a code writes it).
    pub(crate) fn index(self) -> u16 {
        (self.year - 2000) * 12 + u16::from(self.month) - 1
    }

    pub(crate) fn from_index(i: u16) -> Option<Month> {
        Month::new(2000 + i / 12, (i % 12) as u8 + 1)
    }

    /// "2026-12".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// Reads "2026-12".
    pub fn parse_iso(text: &str) -> Option<Month> {
        let (y, m) = text.split_once('-')?;
        (y.len() == 4 && m.len() == 2)
            .then(|| Month::new(y.parse().ok()?, m.parse().ok()?))
            .flatten()
    }
}

/// The topic of question `q` under `rules`, if the rules ask it.
pub fn topic_of(rules: &Rules, q: QuestionId) -> Option<Topic> {
    rules
        .questions()
        .find(|rq| rq.id == q)
        .map(|rq| Topic::of_feeds(rq.feeds))
}

/// Whether `answers` gives question `q` an answer that calls for help at once.
pub fn is_acute(rules: &Rules, answers: &Answers, q: QuestionId) -> bool {
    rules
        .barriers
        .acute
        .iter()
        .any(|a| a.question == q && answers.get(q) == Some(a.option.as_str()))
}

/// Whether the answer to `q` says something is there to share: every willen and kunnen answer;
/// a circumstance that plays a role (a value above 0); what holds the person back, unless
/// "nothing". "Speelt niet", "weet ik niet" and "zeg ik liever niet" on a circumstance are not
/// offered (they never go along).
pub fn plays(rules: &Rules, answers: &Answers, q: QuestionId) -> bool {
    let Some(rq) = rules.questions().find(|rq| rq.id == q) else {
        return false;
    };
    let Some(option) = answers.get(q) else {
        return false;
    };
    match rq.feeds {
        Feeds::Sub(_) => true,
        Feeds::Barrier(_) => item_value(rules, answers, rq).is_some_and(|v| v > 0),
        Feeds::HoldsBack => !matches!(option, "nothing" | DONT_KNOW | RATHER_NOT),
    }
}

/// One topic the person can choose to send: it has an answer that may go along.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offer {
    pub topic: Topic,
    /// Some answer in it calls for help at once and stays behind whatever is ticked.
    pub keeps_acute: bool,
}

/// The topics with an answer that [`plays`], in topic order, with whether an acute answer in
/// them stays behind. A topic whose only such answers are acute is not offered (nothing of it
/// can go).
pub fn offers(rules: &Rules, answers: &Answers) -> Vec<Offer> {
    Topic::ALL
        .iter()
        .filter_map(|&topic| {
            let playing: Vec<QuestionId> = answers
                .iter()
                .map(|(q, _)| q)
                .filter(|q| topic_of(rules, *q) == Some(topic) && plays(rules, answers, *q))
                .collect();
            let acute = playing
                .iter()
                .filter(|q| is_acute(rules, answers, **q))
                .count();
            (playing.len() > acute).then_some(Offer {
                topic,
                keeps_acute: acute > 0,
            })
        })
        .collect()
}

/// Topics in which an acute answer was given (it never goes along).
pub fn acute_topics(rules: &Rules, answers: &Answers) -> Vec<Topic> {
    let mut out: Vec<Topic> = answers
        .iter()
        .filter(|(q, _)| is_acute(rules, answers, *q))
        .filter_map(|(q, _)| topic_of(rules, q))
        .collect();
    super::sorting::sort(&mut out);
    out.dedup();
    out
}

/// The answers that go along under `choice`, and the answered questions that stay behind (left
/// out by the person, acute, or a circumstance that does not play a role).
pub fn split(rules: &Rules, answers: &Answers, choice: &ShareChoice) -> (Answers, Vec<QuestionId>) {
    let mut shared = Answers::new();
    let mut withheld = Vec::new();
    for (q, option) in answers.iter() {
        let goes = topic_of(rules, q).is_some_and(|t| choice.include.contains(&t))
            && plays(rules, answers, q)
            && !is_acute(rules, answers, q);
        if goes {
            shared.set(q, option);
        } else {
            withheld.push(q);
        }
    }
    (shared, withheld)
}

/// The topics that were left out, from the withheld questions, in topic order.
pub fn left_out(rules: &Rules, withheld: &[QuestionId]) -> Vec<Topic> {
    let mut out: Vec<Topic> = withheld
        .iter()
        .filter_map(|q| topic_of(rules, *q))
        .collect();
    super::sorting::sort(&mut out);
    out.dedup();
    out
}

/// The outcome a reader shows for a decoded code, under `rules` (the version it names): its
/// answers scored; for a share code, with the route and lead the person's own app gave with all
/// their answers. Where that can be checked it must hold: when every willen and kunnen answer
/// went along the route must be the one they give, and when nothing stayed behind the lead too;
/// otherwise the code is refused as [`CodeError::Inconsistent`]. When answers behind the route
/// stayed behind, the axes' "too little information" and grey zone are not claimed.
pub fn reader_outcome(rules: &Rules, d: &Decoded) -> Result<Outcome, CodeError> {
    let mut o = score(rules, &d.answers);
    let Some(info) = &d.shared else {
        return Ok(o);
    };
    let axes_withheld = axes_withheld(rules, d);
    if !axes_withheld && o.route != info.outcome.route {
        return Err(CodeError::Inconsistent);
    }
    if info.withheld.is_empty() && o.lead != info.outcome.lead {
        return Err(CodeError::Inconsistent);
    }
    if axes_withheld {
        o.because.retain(|b| {
            !matches!(
                b,
                Because::TooLittleInformation { .. } | Because::GreyZone { .. }
            )
        });
        o.grey_zone = false;
        o.neighbour_routes.clear();
    }
    o.route = info.outcome.route;
    o.lead = info.outcome.lead;
    Ok(o)
}

/// Whether answers behind the route (willen or kunnen) stayed behind.
pub fn axes_withheld(rules: &Rules, d: &Decoded) -> bool {
    d.shared.as_ref().is_some_and(|info| {
        info.withheld
            .iter()
            .any(|q| matches!(topic_of(rules, *q), Some(Topic::Willen | Topic::Kunnen)))
    })
}

#[cfg(test)]
#[path = "share_tests.rs"]
mod tests;
