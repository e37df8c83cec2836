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

// Equivalents for the other locales, as lowercase stems matched anywhere in a text (prefixes and
// endings attach to stems in these languages). Stems that would also match everyday words are
// left out, with the reason.

/// Arabic. Not listed: خطر (also "danger", needed for 112), أمي ("my mother").
pub const AVOID_AR: &[&str] = &[
    "عميل",       // client
    "زبون",       // customer
    "زبائن",      // customers
    "تشخيص",      // diagnosis
    "مخاطر",      // risk(s)
    "عقوب",       // sanction, penalty
    "أمية",       // illiteracy
    "أميين",      // illiterate people
    "مدمن",       // addict
    "مشكل",       // problem (مشكلة, مشكلات)
    "مشاكل",      // problems
    "غير راغب",   // unwilling
    "عدم الرغبة", // unwillingness
    "كسول",       // lazy
    "ملف شخصي",   // profile
    "اختبار",     // test
    "ميؤوس",      // hopeless
];

/// Turkish. Not listed: "sorun" alone (also "ask!", the polite imperative), "tanı" (in
/// "tanımak", to know someone).
pub const AVOID_TR: &[&str] = &[
    "müşteri", // client, customer
    "danışan", // client (social work)
    "teşhis",  // diagnosis
    "risk",
    "yaptırım",             // sanction
    "ceza",                 // penalty
    "kesinti",              // benefit cut
    "okuma yazma bilmeyen", // illiterate
    "cahil",                // ignorant
    "bağımlı",              // addict, addiction
    "sorunlu",              // problem (family)
    "problem",
    "isteksiz", // unwilling
    "tembel",   // lazy
    "profil",
    "puan", // score
    "test",
    "umutsuz vaka", // hopeless case
];

/// Polish.
pub const AVOID_PL: &[&str] = &[
    "klient",
    "petent", // claimant at an office
    "diagnoz",
    "ryzyk",      // risk
    "sankcj",     // sanction
    "kara ",      // penalty
    "obcięci",    // benefit cut
    "analfabet",  // illiterate
    "uzależnion", // addicted
    "narkoman",   // drug addict
    "alkoholik",
    "problem",
    "patologi", // "pathological" family
    "niechęt",  // unwilling
    "profil",
    "punktacj", // score
    "test",
    "beznadziejn", // hopeless
];

/// Ukrainian. Not listed: "залежн" (addiction, but also "depends").
pub const AVOID_UK: &[&str] = &[
    "клієнт",
    "діагноз",
    "ризик",
    "санкці",
    "штраф",
    "покаранн",   // punishment
    "неписьменн", // illiterate
    "наркоман",   // drug addict
    "алкоголік",
    "проблем",
    "неблагополучн", // "dysfunctional" family
    "небажанн",      // unwillingness
    "лінив",         // lazy
    "профіл",
    "тест",
    "безнадійн", // hopeless
];

/// The `{name}` placeholders in a catalog text.
pub fn placeholders(text: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.insert(after[..end].to_string());
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out
}

/// Runs the `werkroute` binary with `args`, feeding `stdin`, as staff would from a shell.
pub fn run_werkroute(args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_werkroute"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run werkroute");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    // A command refused on its arguments exits before it reads: a closed pipe is not a failure.
    if let Err(e) = pipe.write_all(stdin.as_bytes()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    drop(pipe);
    child.wait_with_output().expect("werkroute finishes")
}
