//! The policy overview as sections of labelled rows, and those sections as text (the command
//! line) and CSV (the command line and the page's download). The page (`#/overzicht`) renders
//! the same sections as tables and a chart, so every output shows the same figures.
//!
//! Rule kept: only what [`Figures`] allows comes out: suppressed counts stay "< 10" or hidden in
//! every format, and a difference between two files is shown only where both counts are shown.
//! No row names a code, a person or a line of the file.

use crate::domain::outcome::RouteCode;
use crate::domain::overview::{Figures, Shown};
use crate::i18n::{shown_in, t, tf, Locale};

/// One row: a stable id (for CSV and matching two files), its label, and a count per file.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub label: String,
    pub counts: Vec<Shown>,
}

/// A row of one file before rows are matched: id, label, count.
type Cell = (String, String, Shown);

/// One section: a stable id, its title, and its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: &'static str,
    pub title: String,
    pub rows: Vec<Row>,
}

fn route_label(locale: Locale, r: Option<RouteCode>) -> String {
    match r {
        Some(r) => tf(
            locale,
            "overview.route",
            &[
                ("code", r.as_str()),
                ("name", t(locale, &format!("route.{r}.name"))),
            ],
        ),
        None => t(locale, "overview.no_route").to_string(),
    }
}

/// The rows of one section for each figures (one file, or two to compare), matched by id: a row
/// one file lacks counts zero there, which is shown as "< 10".
fn rows(per_file: Vec<Vec<Cell>>) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::new();
    let files = per_file.len();
    for (i, file) in per_file.into_iter().enumerate() {
        for (id, label, count) in file {
            let at = match out.iter().position(|r| r.id == id) {
                Some(at) => at,
                None => {
                    out.push(Row {
                        id,
                        label,
                        counts: vec![Shown::Under; files],
                    });
                    out.len() - 1
                }
            };
            out[at].counts[i] = count;
        }
    }
    out
}

/// Rows for an id-keyed list: the id `<prefix>.<key>` and the label `label(key)`.
fn keyed<K: std::fmt::Display>(
    list: &[(K, Shown)],
    prefix: &str,
    label: impl Fn(&K) -> String,
) -> Vec<Cell> {
    list.iter()
        .map(|(k, n)| (format!("{prefix}.{k}"), label(k), *n))
        .collect()
}

/// The sections of the overview of one or more files, in the order they are shown. Each
/// section's title is the catalog text `overview.section.<id>`.
pub fn sections(figures: &[&Figures], locale: Locale) -> Vec<Section> {
    let l = locale;
    let section = |id: &'static str, f: &dyn Fn(&Figures) -> Vec<Cell>| Section {
        id,
        title: t(l, &format!("overview.section.{id}")).to_string(),
        rows: rows(figures.iter().map(|x| f(x)).collect()),
    };
    let text = |key: &str| t(l, key).to_string();
    let mut out = vec![section("read", &|f| {
        let mut v = vec![
            ("lines".to_string(), text("overview.lines"), f.lines),
            ("codes".to_string(), text("overview.codes"), f.codes),
            ("repeats".to_string(), text("overview.repeats"), f.repeats),
        ];
        for (why, n) in &f.skipped {
            let id = format!("skipped.{}", why.as_str());
            v.push((id.clone(), text(&format!("overview.{id}")), *n));
        }
        v
    })];
    if figures.iter().all(|f| f.too_few) {
        return out;
    }
    out.push(section("routes", &|f| {
        let mut v: Vec<Cell> = f
            .routes
            .iter()
            .map(|(r, n)| {
                let id = r.map_or("none", |r| r.as_str());
                (format!("route.{id}"), route_label(l, *r), *n)
            })
            .collect();
        v.push(("grey_zone".into(), text("overview.grey_zone"), f.grey_zone));
        v.push((
            "sort_out_first".into(),
            text("overview.sort_out_first"),
            f.sort_out_first,
        ));
        v
    }));
    out.push(section("versions", &|f| {
        keyed(&f.versions, "version", |v| {
            tf(l, "overview.version", &[("version", v)])
        })
    }));
    out.push(section("months", &|f| {
        f.months
            .iter()
            .map(|(m, n)| match m {
                Some(m) => (format!("month.{}", m.iso()), shown_in(l, m.iso()), *n),
                None => ("month.none".to_string(), text("overview.month_unknown"), *n),
            })
            .collect()
    }));
    out.push(section("circumstances", &|f| {
        keyed(&f.circumstances, "circumstance", |d| {
            text(&format!("barrier.{d}.name"))
        })
    }));
    out.push(section("low", &|f| {
        keyed(&f.low, "low", |s| text(&format!("sub.{s}.name")))
    }));
    out.push(section("first_steps", &|f| {
        f.first_steps
            .iter()
            .map(|(s, n)| match s {
                Some(s) => (format!("first.{s}"), text(&format!("step.{s}.title")), *n),
                None => ("first.other".into(), text("overview.other_steps"), *n),
            })
            .collect()
    }));
    out.push(section("levers", &|f| {
        f.levers
            .iter()
            .map(|((sub, from, to), n)| {
                let label = tf(
                    l,
                    "overview.lever",
                    &[
                        ("sub", t(l, &format!("sub.{sub}.name"))),
                        ("from", &route_label(l, Some(*from))),
                        ("to", &route_label(l, Some(*to))),
                    ],
                );
                (format!("lever.{sub}.{from}.{to}"), label, *n)
            })
            .collect()
    }));
    out.retain(|s| !s.rows.is_empty());
    out
}

/// A count as text: the number, "< 10", or the hidden mark.
pub fn count(locale: Locale, n: Shown) -> String {
    match n {
        Shown::Exact(n) => n.to_string(),
        Shown::Under => t(locale, "overview.under").to_string(),
        Shown::Hidden => t(locale, "overview.hidden").to_string(),
    }
}

/// The difference between the first and the second file's count, when both are shown.
pub fn difference(counts: &[Shown]) -> Option<i64> {
    match counts {
        [Shown::Exact(a), Shown::Exact(b)] => Some(*b as i64 - *a as i64),
        _ => None,
    }
}

/// The difference as text: `+3`, `-2`, `0`, or "—" when a count is not shown.
pub fn difference_text(counts: &[Shown]) -> String {
    match difference(counts) {
        Some(d) if d > 0 => format!("+{d}"),
        Some(d) => d.to_string(),
        None => "—".to_string(),
    }
}

/// The notes every output carries: what the figures are and are not.
pub const NOTES: [&str; 4] = [
    "overview.device",
    "overview.not_sample",
    "overview.floor",
    "overview.small",
];

/// The overview as plain text, for the command line.
pub fn text(figures: &[&Figures], locale: Locale) -> String {
    let mut out = format!("{}\n", t(locale, "overview.title"));
    for key in NOTES.iter().chain(["overview.no_decision"].iter()) {
        out.push_str(&format!("  {}\n", t(locale, key)));
    }
    if figures.iter().all(|f| f.too_few) {
        out.push_str(&format!("\n{}\n", t(locale, "overview.too_few")));
    }
    let compare = figures.len() == 2;
    for s in sections(figures, locale) {
        out.push_str(&format!("\n{}\n", s.title));
        for r in &s.rows {
            let counts: Vec<String> = r
                .counts
                .iter()
                .map(|c| format!("{:>9}", count(locale, *c)))
                .collect();
            let diff = if compare {
                format!("{:>8}", difference_text(&r.counts))
            } else {
                String::new()
            };
            out.push_str(&format!("  {:<60}{}{diff}\n", r.label, counts.join("")));
        }
    }
    out
}

/// A CSV field, quoted when it holds a comma, a quote or a line end.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The overview as CSV: `section,item,label,count` (and `count_2,difference` when comparing),
/// suppressed counts as their text ("< 10", hidden).
pub fn csv(figures: &[&Figures], locale: Locale) -> String {
    let compare = figures.len() == 2;
    let mut out = String::from(if compare {
        "section,item,label,count_1,count_2,difference\n"
    } else {
        "section,item,label,count\n"
    });
    for s in sections(figures, locale) {
        for r in &s.rows {
            let mut cells = vec![s.id.to_string(), r.id.clone(), field(&r.label)];
            cells.extend(r.counts.iter().map(|c| field(&count(locale, *c))));
            if compare {
                cells.push(difference_text(&r.counts));
            }
            out.push_str(&cells.join(","));
            out.push('\n');
        }
    }
    out
}
