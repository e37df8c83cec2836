//! Our own pictograms for answer options and barrier domains: small line drawings on a 24×24
//! grid, drawn in `currentColor` with a 2-unit round stroke, so they follow the text colour in
//! every theme and in forced colours. Drawn for this project and released with it under EUPL-1.2
//! (see `docs/pictograms.md`); no third-party icon set.
//!
//! Rule kept: a pictogram is decoration next to visible words, never the only carrier of
//! meaning. Every icon is `aria-hidden="true"` and `focusable="false"`, has no title, and the
//! caller always places it beside its text.
//!
//! One visual grammar across scales: a fuller shape means "more" (beaker, battery, stopwatch,
//! dots, weights), a dashed outline means "none / not (yet)", a tilde means "partly /
//! sometimes", a tick is "yes" and a cross is "no". No faces or thumbs: those read differently
//! across cultures.

mod scales_2027;

use yew::prelude::*;

use crate::domain::ids::BarrierDomain;

/// One drawing primitive on the 24×24 grid.
enum Shape {
    /// A stroked path.
    Line(&'static str),
    /// A path filled with the text colour and stroked, so it keeps the outline's size.
    Solid(&'static str),
    /// A stroked path with a dashed stroke ("none", "not yet").
    Dashed(&'static str),
    /// A stroked circle: centre x, centre y, radius.
    Ring(f32, f32, f32),
    /// A filled circle: centre x, centre y, radius.
    Dot(f32, f32, f32),
    /// A filled rectangle without stroke: x, y, width, height.
    Bar(f32, f32, f32, f32),
    /// A filled path without stroke (pie slices inside an outline).
    Fill(String),
}

use Shape::{Bar, Dashed, Dot, Fill, Line, Ring, Solid};

/// The pictogram for an answer option, by its label id (`<scale>.<option>`, `dont_know` or
/// `rather_not`, as `Rules::options` gives them); `None` for an id we have no drawing for.
pub fn pictogram_for_option(label: &str) -> Option<Html> {
    option_shapes(label).map(|(shapes, flip)| svg(label, shapes, flip))
}

/// The pictogram for a barrier domain, shown beside the domain's name.
pub fn pictogram_for_domain(domain: BarrierDomain) -> Html {
    svg(&format!("domain.{domain}"), domain_shapes(domain), false)
}

/// A loudspeaker with sound waves: "read aloud".
pub fn pictogram_speaker() -> Html {
    svg(
        "speaker",
        vec![
            Line("M4 9.5h3.5L12 5.5v13l-4.5-4H4z"),
            Line("M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11"),
        ],
        false,
    )
}

/// The `<svg>` around the shapes; `data-picto` names the drawing (for docs and tests).
fn svg(id: &str, shapes: Vec<Shape>, flip: bool) -> Html {
    let class = classes!("app-picto", flip.then_some("app-picto--flip"));
    html! {
        <svg {class} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
            aria-hidden="true" focusable="false" data-picto={id.to_string()}>
            { for shapes.into_iter().map(shape) }
        </svg>
    }
}

fn shape(s: Shape) -> Html {
    match s {
        Line(d) => html! { <path {d} /> },
        Dashed(d) => html! { <path {d} stroke-dasharray="1 4" /> },
        Solid(d) => html! { <path {d} fill="currentColor" /> },
        Ring(cx, cy, r) => html! {
            <circle cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} />
        },
        Dot(cx, cy, r) => html! {
            <circle cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} fill="currentColor" />
        },
        Bar(x, y, w, h) => html! {
            <rect x={x.to_string()} y={y.to_string()} width={w.to_string()} height={h.to_string()}
                rx="1" fill="currentColor" stroke="none" />
        },
        Fill(d) => html! { <path {d} fill="currentColor" stroke="none" /> },
    }
}

// ---- Answer options --------------------------------------------------------------------------

/// Shapes for an option, and whether the drawing follows reading order (mirrored right-to-left).
fn option_shapes(label: &str) -> Option<(Vec<Shape>, bool)> {
    let (scale, option) = label.split_once('.').unwrap_or(("", label));
    let ordered = |shapes| Some((shapes, true));
    let plain = |shapes| Some((shapes, false));
    match (scale, option) {
        // Turned round in right-to-left, like the Arabic question mark.
        ("", "dont_know") => ordered(question_mark()),
        ("", "rather_not") => plain(closed_lips()),
        ("agree5", o) => plain(beaker(level5(o, AGREE5)?)),
        ("sense5", o) => plain(beaker(level5(o, SENSE5)?)),
        ("activity4", o) => ordered(dots(match o {
            "often" => 6,
            "few_times" => 3,
            "once_or_twice" => 1,
            "not_yet" => 0,
            _ => return None,
        })),
        ("ability4", o) => ordered(battery(match o {
            "was_8_10" => 3,
            "was_6_7" => 2,
            "was_4_5" => 1,
            "was_0_3" => 0,
            _ => return None,
        })),
        ("hours4", o) => plain(stopwatch(match o {
            "h32_plus" => 4,
            "h20_32" => 3,
            "h12_20" => 2,
            "under_12" => 1,
            _ => return None,
        })),
        ("ease3", o) => plain(hill(o)?),
        ("recency4", o) => ordered(calendars(match o {
            "now_or_last_year" => 1,
            "one_to_three_years" => 2,
            "over_three_years" => 3,
            "never_yet" => 0,
            _ => return None,
        })),
        ("papers3", o) => ordered(papers(match o {
            "several" => 2,
            "one" => 1,
            "none_yet" => 0,
            _ => return None,
        })),
        ("role3", o) => plain(weight(match o {
            "no" => 0,
            "a_little" => 1,
            "a_lot" => 2,
            _ => return None,
        })),
        ("housing4", o) => plain(housing(o)?),
        ("mood4", o) => plain(weather(o)?),
        ("safety4", o) => plain(shield(o)?),
        ("childcare3", "not_needed") => plain(vec![Line(MINUS)]),
        ("childcare3", "partly_arranged") => plain(vec![Line(TILDE)]),
        ("childcare3", "not_arranged") => plain(vec![Line(CROSS)]),
        ("adjust3" | "support3" | "access3" | "rhythm3", o) => plain(vec![Line(match o {
            "yes" | "yes_always" | "yes_gladly" => TICK,
            "sometimes" | "maybe" => TILDE,
            "no" | "rather_not_change" => CROSS,
            _ => return None,
        })]),
        (scale, option) => scales_2027::shapes(scale, option),
    }
}

const AGREE5: [&str; 5] = [
    "disagree_fully",
    "disagree",
    "agree_partly",
    "agree",
    "agree_fully",
];
const SENSE5: [&str; 5] = ["no_sense", "think_not", "unsure", "think_so", "yes_surely"];

/// The level 0..=4 of `option` on a five-point scale listed from least to most.
fn level5(option: &str, scale: [&str; 5]) -> Option<u8> {
    scale.iter().position(|o| *o == option).map(|i| i as u8)
}

const TICK: &str = "M4.5 12.5l5 5L20 7";
const TILDE: &str = "M4 12.5c2.5-4 5.5-4 8 0s5.5 4 8 0";
const CROSS: &str = "M6.5 6.5l11 11M17.5 6.5l-11 11";
const MINUS: &str = "M5 12h14";

fn question_mark() -> Vec<Shape> {
    vec![
        Line("M8.5 8.5a3.5 3.5 0 1 1 5.2 3.05c-1 .55-1.7 1.35-1.7 2.45v1"),
        Dot(12.0, 19.0, 0.6),
    ]
}

/// Closed lips with a seam: "I'd rather not say".
fn closed_lips() -> Vec<Shape> {
    vec![
        Line("M2.5 12c2.5-2.8 5-4.3 7-4.3 1.1 0 1.9.5 2.5 1.2.6-.7 1.4-1.2 2.5-1.2 2 0 4.5 1.5 7 4.3"),
        Line("M2.5 12c3 3.6 6.2 5.3 9.5 5.3s6.5-1.7 9.5-5.3"),
        Line("M2.5 12h19"),
    ]
}

/// An open beaker filled to `level` quarters: "how much it fits".
fn beaker(level: u8) -> Vec<Shape> {
    let mut v = vec![Line("M4 3v14a4 4 0 0 0 4 4h8a4 4 0 0 0 4-4V3")];
    if level > 0 {
        let h = 3.0 * f32::from(level);
        v.push(Bar(7.0, 18.0 - h, 10.0, h));
    }
    v
}

/// Six places, `n` of them filled, in reading order: "how many times".
fn dots(n: usize) -> Vec<Shape> {
    const AT: [(f32, f32); 6] = [
        (5.0, 8.0),
        (12.0, 8.0),
        (19.0, 8.0),
        (5.0, 16.0),
        (12.0, 16.0),
        (19.0, 16.0),
    ];
    AT.iter()
        .enumerate()
        .map(|(i, &(x, y))| {
            if i < n {
                Dot(x, y, 2.5)
            } else {
                Ring(x, y, 2.5)
            }
        })
        .collect()
}

/// A battery with `n` of three segments: "how much energy for work".
fn battery(n: usize) -> Vec<Shape> {
    let mut v = vec![
        Line("M4 7h14a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2z"),
        Line("M22.5 10.5v3"),
    ];
    for i in 0..n {
        v.push(Bar(4.5 + 5.0 * i as f32, 9.5, 3.0, 5.0));
    }
    v
}

/// A stopwatch with `quarters` of its face filled: "how many hours".
fn stopwatch(quarters: u8) -> Vec<Shape> {
    let mut v = vec![Ring(12.0, 13.5, 8.0), Line("M10 2.5h4M12 2.5v3")];
    let slice = match quarters {
        1 => "M12 13.5V8.5a5 5 0 0 1 5 5z",
        2 => "M12 13.5V8.5a5 5 0 0 1 0 10z",
        3 => "M12 13.5V8.5a5 5 0 1 1-5 5z",
        _ => "",
    };
    if quarters >= 4 {
        v.push(Dot(12.0, 13.5, 4.5));
    } else if !slice.is_empty() {
        v.push(Fill(slice.to_string()));
    }
    v
}

/// A hill that grows into a mountain: easy, a bit hard, hard.
fn hill(option: &str) -> Option<Vec<Shape>> {
    let ground = Line("M2 20h20");
    Some(match option {
        "easy" => vec![ground, Line("M5 20c2-5.5 12-5.5 14 0")],
        "bit_hard" => vec![ground, Line("M4 20l8-9 8 9")],
        "hard" => vec![
            ground,
            Line("M3 20l9-16 9 16"),
            Line("M8.4 10.5l2 1.5 1.6-1.5 1.6 1.5 2-1.5"),
        ],
        _ => return None,
    })
}

/// One calendar (within a year), two or three stacked (longer ago), or a dashed one (never).
fn calendars(n: u8) -> Vec<Shape> {
    match n {
        0 => vec![
            Dashed("M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"),
            Line("M8 3v4M16 3v4"),
        ],
        1 => vec![
            Line("M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"),
            Line("M3 10h18M8 3v4M16 3v4"),
            Dot(12.0, 15.5, 1.5),
        ],
        _ => {
            let mut v = vec![
                Line("M4 10h9a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2z"),
                Line("M2 14h13"),
                Line("M6 10V8a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2h-2"),
            ];
            if n >= 3 {
                v.push(Line(
                    "M10 6V4a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2h-1",
                ));
            }
            v
        }
    }
}

const DOC: &str = "M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z";
const DOC_FOLD: &str = "M14 3v5h5";

/// Papers (diplomas, certificates): two, one, or a dashed one (none yet).
fn papers(n: u8) -> Vec<Shape> {
    match n {
        0 => vec![Dashed(DOC), Dashed(DOC_FOLD)],
        1 => vec![Line(DOC), Line(DOC_FOLD), Line("M9 13h6M9 17h4")],
        _ => vec![
            Line("M11 2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h2"),
            Line("M15 6H9a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h9a2 2 0 0 0 2-2v-9z"),
            Line("M15 6v5h5M10.5 15h6M10.5 18.5h4"),
        ],
    }
}

/// A kettlebell, empty, half or fully filled: "how big a role it plays".
fn weight(level: u8) -> Vec<Shape> {
    const BODY: &str = "M8.54 20a6.5 6.5 0 1 1 6.92 0z";
    let mut v = vec![Line(
        "M7.5 10V7.5A2.5 2.5 0 0 1 10 5h4a2.5 2.5 0 0 1 2.5 2.5V10",
    )];
    v.push(match level {
        0 => Line(BODY),
        1 => Fill("M7.5 14.5h9a4.5 4.5 0 0 1-1.67 3.5H9.17a4.5 4.5 0 0 1-1.67-3.5z".to_string()),
        _ => Solid(BODY),
    });
    if level == 1 {
        v.push(Line(BODY));
    }
    v
}

const HOUSE: &str = "M3 11l9-7 9 7M5 9.5V20h14V9.5";

fn housing(option: &str) -> Option<Vec<Shape>> {
    Some(match option {
        "stable" => vec![Line(HOUSE), Line("M10 20v-5h4v5")],
        "unsure" => vec![
            Line(HOUSE),
            Line("M8.5 15c1.2-1.6 2.3-1.6 3.5 0s2.3 1.6 3.5 0"),
        ],
        "no_fixed_place" => vec![Dashed(HOUSE)],
        "nowhere_tonight" => vec![
            Line("M16.5 3.5a7 7 0 1 0 4 11.5 5.5 5.5 0 0 1-4-11.5z"),
            Dashed("M3 21h18"),
        ],
        _ => return None,
    })
}

const SUN_RAYS: &str = "M12 2.5v2M12 19.5v2M2.5 12h2M19.5 12h2M5.3 5.3l1.4 1.4M17.3 17.3l1.4 1.4M5.3 18.7l1.4-1.4M17.3 6.7l1.4-1.4";
const CLOUD: &str = "M7 19h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 12.1 3.5 3.5 0 0 0 7 19z";

/// Weather for how you feel: sun, sun and cloud, cloud, rain.
fn weather(option: &str) -> Option<Vec<Shape>> {
    Some(match option {
        "mostly_well" => vec![Ring(12.0, 12.0, 4.0), Line(SUN_RAYS)],
        "sometimes" => vec![
            Line("M8.5 2.5v1.5M2.5 8.5H4M4.3 4.3l1 1M12.7 4.3l-1 1"),
            Line("M5.2 10.8a4 4 0 0 1 6.6-4.3"),
            Line("M9 21h9a3.5 3.5 0 0 0 .5-7 5 5 0 0 0-9.4 1.2A3 3 0 0 0 9 21z"),
        ],
        "often" => vec![Line(CLOUD)],
        "thoughts_of_ending_life" => vec![
            Line("M7 15h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 8.1 3.5 3.5 0 0 0 7 15z"),
            Line("M8 18l-1 3M12 18l-1 3M16 18l-1 3"),
        ],
        _ => return None,
    })
}

const SHIELD: &str = "M12 3l7 3v5c0 5-3 8.5-7 10-4-1.5-7-5-7-10V6z";

/// A shield with tick, tilde, cross or "!": feeling safe at home.
fn shield(option: &str) -> Option<Vec<Shape>> {
    let mark = match option {
        "yes" => Line("M9 12l2 2 4-4"),
        "mostly" => Line("M8.5 12c1.2-1.6 2.3-1.6 3.5 0s2.3 1.6 3.5 0"),
        "often_not" => Line("M9.5 9.5l5 5M14.5 9.5l-5 5"),
        "unsafe_now" => Line("M12 8v4.5"),
        _ => return None,
    };
    let mut v = vec![Line(SHIELD), mark];
    if option == "unsafe_now" {
        v.push(Dot(12.0, 16.0, 0.6));
    }
    Some(v)
}

// ---- Barrier domains -------------------------------------------------------------------------

fn domain_shapes(domain: BarrierDomain) -> Vec<Shape> {
    match domain {
        // A stack of coins beside one coin.
        BarrierDomain::Money => vec![
            Line("M2 6c0-1.1 2-2 4.5-2s4.5.9 4.5 2-2 2-4.5 2S2 7.1 2 6z"),
            Line("M2 6v13.5c0 1.1 2 2 4.5 2s4.5-.9 4.5-2V6"),
            Line("M2 10.5c0 1.1 2 2 4.5 2s4.5-.9 4.5-2M2 15c0 1.1 2 2 4.5 2s4.5-.9 4.5-2"),
            Ring(17.5, 16.5, 4.0),
            Line("M17.5 14.5v4"),
        ],
        BarrierDomain::Housing => vec![Line(HOUSE), Line("M10 20v-5h4v5")],
        // A heart with a plus.
        BarrierDomain::PhysicalHealth => vec![
            Line(
                "M12 20s-8-4.6-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.4 12 20 12 20z",
            ),
            Line("M12 10.5v5M9.5 13h5"),
        ],
        // A thought cloud.
        BarrierDomain::MentalHealth => vec![
            Line("M7 15h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 8.1 3.5 3.5 0 0 0 7 15z"),
            Dot(9.0, 18.5, 1.2),
            Dot(6.0, 21.0, 0.8),
        ],
        // A stemmed glass.
        BarrierDomain::AlcoholDrugs => vec![
            Line("M7 3h10l-.5 5a4.5 4.5 0 0 1-9 0z"),
            Line("M7.3 7h9.4M12 12.5V20M8.5 21h7"),
        ],
        // A heart held in open hands.
        BarrierDomain::CareForOthers => vec![
            Line(
                "M12 12s-4-2.3-4-5.2A2.3 2.3 0 0 1 12 5.5a2.3 2.3 0 0 1 4 1.3C16 9.7 12 12 12 12z",
            ),
            Line("M2.5 13.5c1.5 4.5 5 7.5 9.5 7.5s8-3 9.5-7.5"),
            Line("M2.5 13.5l4 1.5M21.5 13.5l-4 1.5"),
        ],
        // A child with a big head and a ball.
        BarrierDomain::Childcare => vec![
            Ring(10.0, 6.0, 3.0),
            Line("M10 10.5v5M6 12.5l4-1.5 4 1.5M10 15.5l-2.5 5M10 15.5l2.5 5"),
            Dot(18.5, 18.5, 2.0),
        ],
        // A bicycle.
        BarrierDomain::Transport => vec![
            Ring(5.5, 16.0, 3.5),
            Ring(18.5, 16.0, 3.5),
            Line("M5.5 16l3.5-7h7l2.5 7M9 9l3.5 7H5.5M16 9l-3.5 7M8 6.5h3M14.5 6h2.5"),
        ],
        // Two people side by side.
        BarrierDomain::SupportPeople => vec![
            Ring(8.0, 7.5, 3.0),
            Line("M2.5 20v-1.5a5.5 5.5 0 0 1 11 0V20"),
            Ring(16.5, 8.5, 2.5),
            Line("M15.5 14.3a4.5 4.5 0 0 1 6 4.2V20"),
        ],
        // A house with a small shield inside.
        BarrierDomain::SafetyHome => vec![
            Line(HOUSE),
            Line("M12 11l3 1.2v2.3c0 2-1.3 3.5-3 4.2-1.7-.7-3-2.2-3-4.2v-2.3z"),
        ],
        // A document with a round seal: papers and a certificate of conduct.
        BarrierDomain::Justice => vec![
            Line("M13 21H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h7l5 5v4"),
            Line("M14 3v5h5M8.5 9h3M8.5 13h4"),
            Ring(17.0, 16.5, 3.0),
            Line("M15.5 19.2V22l1.5-1 1.5 1v-2.8"),
        ],
        // A speech bubble with "A a".
        BarrierDomain::Language => vec![
            Line(
                "M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-5 4v-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
            ),
            Line("M6.5 14l2.5-6.5 2.5 6.5M7.5 12h3"),
            Ring(15.0, 12.0, 2.0),
            Line("M17 10v4"),
        ],
        // A laptop.
        BarrierDomain::DigitalAccess => vec![
            Line("M6 5h12a1 1 0 0 1 1 1v9H5V6a1 1 0 0 1 1-1z"),
            Line("M2 19h20l-1.5-4h-17z"),
        ],
        // A clock with sun rays: the shape of a day.
        BarrierDomain::DailyRhythm => vec![
            Ring(12.0, 12.0, 5.0),
            Line("M12 9.5V12l1.8 1.2"),
            Line(SUN_RAYS),
        ],
    }
}
