//! Shared by the native test files: the word lists every text must avoid (DOMAIN.md, and
//! research/anchors-and-assessment.md section 7). `#![allow(dead_code)]` because each test file
//! uses a different part.
#![allow(dead_code)]

pub const AVOID_NL: &[&str] = &[
    "klant",
    "cliënt",
    "client",
    "diagnose",
    "risico",
    "afstand tot de arbeidsmarkt",
    "laaggeletterd",
    "multiprobleem",
    "probleem",
    "onwil",
    "sanctie",
    "maatregel",
    "korten",
    "niet willen",
    "niet kunnen",
    "score",
    "profiel",
    "verslaafd",
    "uitkeringsgerechtigde",
    "werkschuw",
    "kansloos",
    "twijfelgeval",
    "test",
];
pub const AVOID_EN: &[&str] = &[
    "client",
    "claimant",
    "diagnos",
    "risk",
    "score",
    "sanction",
    "penalt",
    "illiterate",
    "addict",
    "problem",
    "unwilling",
    "distance from the labour market",
    "profile",
    "test",
];
