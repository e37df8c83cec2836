//! Municipality configurations and themes: the shipped files validate clean; each kind of problem
//! is reported at its exact JSON path, and a broken file reports them all at once; the
//! `check-config` command; every theme keeps its text and border contrast, holds token values
//! only, and the high-contrast hook overrides every colour a theme sets.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};
use werkroute::app::config::{parse_config, Config, ConfigProblem, Formality, THEMES};
use werkroute::domain::steps::StepId;
use werkroute::i18n::Locale;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The files in `dir` ending in `.ext`, as (stem, path relative to the root), sorted.
fn files(dir: &str, ext: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(Path::new(ROOT).join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (stem, format!("{dir}/{name}"))
        })
        .collect();
    out.sort();
    out
}

fn shipped() -> Vec<(String, Config)> {
    files("www/gemeenten", "json")
        .into_iter()
        .map(|(stem, path)| {
            let c = parse_config(&read(&path)).unwrap_or_else(|p| panic!("{path}: {p:#?}"));
            (stem, c)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The shipped configurations

#[test]
fn the_shipped_configs_validate_clean() {
    let all = shipped();
    let ids: Vec<&str> = all.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(ids, ["default", "duinwijk", "rivierstad"]);
    for (stem, c) in &all {
        assert_eq!(&c.id, stem, "the id is the file name (?gemeente=<id>)");
        assert!(
            Path::new(ROOT)
                .join(format!("styles/themes/{}.css", c.theme))
                .exists(),
            "{stem}: theme file"
        );
        if let Some(logo) = &c.logo {
            assert!(
                Path::new(ROOT).join("www").join(logo).exists(),
                "{stem}: {logo}"
            );
        }
    }
    assert_eq!(Config::default_config(), all[0].1);
}

#[test]
fn the_examples_differ_as_promised() {
    let all: BTreeMap<String, Config> = shipped().into_iter().collect();
    let (def, duin, riv) = (&all["default"], &all["duinwijk"], &all["rivierstad"]);
    assert_eq!(def.name, "Werkroute");
    assert_eq!(
        def.languages,
        Locale::ALL.to_vec(),
        "the default offers every language"
    );
    assert_eq!(
        (riv.name.as_str(), riv.formality),
        ("Gemeente Rivierstad", Formality::U)
    );
    assert_eq!(
        (duin.name.as_str(), duin.formality),
        ("Gemeente Duinwijk", Formality::Je)
    );
    assert_eq!(riv.theme_class(), "app-theme-rivierstad");
    assert_eq!(duin.theme_class(), "app-theme-duinwijk");
    // Alcohol and drugs: off everywhere in Rivierstad; off on kiosks only elsewhere.
    assert_eq!(riv.modules_off(false), ["alcohol_drugs"]);
    assert_eq!(riv.modules_off(true), ["alcohol_drugs"]);
    for c in [def, duin] {
        assert!(c.modules_off(false).is_empty());
        assert_eq!(c.modules_off(true), ["alcohol_drugs"]);
    }
    let must = [
        StepId::StepWspTalk,
        StepId::BarrierMoney,
        StepId::BarrierHousing,
        StepId::StepBasicSkillsCourse,
        StepId::AcuteShelter,
    ];
    for c in [riv, duin] {
        assert!(
            c.services.len() >= 12,
            "{}: {} steps",
            c.id,
            c.services.len()
        );
        for step in must {
            assert!(!c.services_for(step).is_empty(), "{}: {step}", c.id);
        }
        assert!(c.idle_seconds() >= 30 && c.countdown_seconds() >= 20);
        for s in c.services.values().flatten() {
            let url = s.url.as_deref().unwrap_or("https://x.example.org/");
            assert!(
                url.contains(".example.org/"),
                "{}: invented addresses only: {url}",
                c.id
            );
        }
    }
    assert!(
        def.services_for(StepId::StepWspTalk).is_empty(),
        "generic text"
    );
    assert_eq!(
        riv.services_for(StepId::StepWspTalk)[0].name,
        "Werkcentrum Rivierstad: uw werkcoach"
    );
}

/// Dutch texts speak as the configuration says ("je" or "u"), and no text uses the avoid-list.
#[test]
fn the_shipped_texts_keep_formality_and_the_avoid_list() {
    for (_, c) in shipped() {
        let mut texts: Vec<(Locale, String)> = Vec::new();
        for s in c.services.values().flatten() {
            texts.extend(s.description.0.iter().map(|(l, t)| (*l, t.clone())));
            texts.extend(s.opening_hours.iter().flat_map(|h| h.0.clone()));
            texts.push((Locale::Nl, s.name.clone()));
        }
        for a in &c.acute {
            texts.extend(a.label.0.iter().map(|(l, t)| (*l, t.clone())));
        }
        for (locale, text) in texts {
            let lower = text.to_lowercase();
            let avoid = match locale {
                Locale::Nl => common::AVOID_NL,
                Locale::En => common::AVOID_EN,
                Locale::Ar => common::AVOID_AR,
                Locale::Tr => common::AVOID_TR,
                Locale::Pl => common::AVOID_PL,
                Locale::Uk => common::AVOID_UK,
            };
            for w in avoid {
                assert!(!lower.contains(w), "{}: '{w}' in {text}", c.id);
            }
            if locale == Locale::Nl {
                let words: Vec<&str> = lower
                    .split(|ch: char| !ch.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .collect();
                let wrong: &[&str] = match c.formality {
                    Formality::U => &["je", "jij", "jou", "jouw"],
                    Formality::Je => &["u", "uw"],
                };
                for w in wrong {
                    assert!(!words.contains(w), "{}: '{w}' in {text}", c.id);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// One test per kind of problem, each at its exact path

/// A small valid configuration.
fn base() -> Value {
    json!({
        "id": "voorbeeld",
        "name": "Gemeente Voorbeeld",
        "default_language": "nl",
        "languages": ["nl", "en"],
        "theme": "default",
        "services": {
            "step_wsp_talk": [{
                "name": "Werkplein Voorbeeld",
                "description": {"nl": "Praat met een adviseur.", "en": "Talk to an adviser."},
                "phone": "0123-45 67 89",
                "url": "https://voorbeeld.example.org/werkplein"
            }]
        }
    })
}

/// The problems after one change to the valid base.
fn problems_after(change: impl FnOnce(&mut Value)) -> Vec<ConfigProblem> {
    let mut v = base();
    change(&mut v);
    parse_config(&v.to_string()).expect_err("a problem")
}

/// Exactly one problem, at `path`; returns its message.
fn one_problem_at(change: impl FnOnce(&mut Value), path: &str) -> String {
    let p = problems_after(change);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].path, path, "{p:#?}");
    p[0].message.clone()
}

fn service(v: &mut Value) -> &mut Value {
    &mut v["services"]["step_wsp_talk"][0]
}

#[test]
fn the_base_is_valid() {
    let c = parse_config(&base().to_string()).unwrap();
    assert_eq!(c.services_for(StepId::StepWspTalk).len(), 1);
    assert_eq!(
        (c.idle_seconds(), c.countdown_seconds(), c.kiosk.print),
        (120, 60, false)
    );
    assert_eq!(c.formality, Formality::Je);
    assert_eq!(c.service_count(), 1);
}

#[test]
fn unknown_step_id() {
    let msg = one_problem_at(
        |v| v["services"]["step_wsp_tlak"] = json!([]),
        "$.services.step_wsp_tlak",
    );
    assert_eq!(
        msg,
        "unknown step id \"step_wsp_tlak\"; did you mean \"step_wsp_talk\"?"
    );
}

#[test]
fn every_step_id_is_a_hook() {
    let mut v = base();
    for s in StepId::ALL {
        v["services"][s.as_str()] = json!([]);
    }
    assert!(parse_config(&v.to_string()).is_ok());
}

#[test]
fn missing_translation() {
    let msg = one_problem_at(
        |v| {
            service(v)["description"]
                .as_object_mut()
                .unwrap()
                .remove("en");
        },
        "$.services.step_wsp_talk[0].description.en",
    );
    assert!(msg.starts_with("missing translation"), "{msg}");
    one_problem_at(
        |v| service(v)["opening_hours"] = json!({"nl": "ma t/m vr"}),
        "$.services.step_wsp_talk[0].opening_hours.en",
    );
    one_problem_at(
        |v| v["acute"] = json!([{"label": {"en": "Night line"}, "phone": "113"}]),
        "$.acute[0].label.nl",
    );
}

#[test]
fn malformed_phone_number() {
    let msg = one_problem_at(
        |v| service(v)["phone"] = json!("12ab"),
        "$.services.step_wsp_talk[0].phone",
    );
    assert_eq!(msg, "malformed phone number \"12ab\"");
    for ok in [
        "113",
        "0800-0113",
        "0800-2000",
        "+31 123 45 67 89",
        "14 0123",
    ] {
        let mut v = base();
        service(&mut v)["phone"] = json!(ok);
        assert!(parse_config(&v.to_string()).is_ok(), "{ok}");
    }
}

#[test]
fn unknown_module() {
    let msg = one_problem_at(
        |v| v["modules"] = json!({"gambling": {"web": false}}),
        "$.modules.gambling",
    );
    assert_eq!(msg, "unknown module \"gambling\"");
    one_problem_at(
        |v| v["modules"] = json!({"alcohol_drugs": {"web": false, "bus": true}}),
        "$.modules.alcohol_drugs.bus",
    );
}

#[test]
fn wrong_type() {
    let msg = one_problem_at(
        |v| v["kiosk"] = json!({"idle_seconds": "120"}),
        "$.kiosk.idle_seconds",
    );
    assert_eq!(msg, "expected a whole number, found a string");
    one_problem_at(|v| v["languages"] = json!("nl"), "$.languages");
    one_problem_at(
        |v| v["services"]["step_wsp_talk"] = json!({"name": "x"}),
        "$.services.step_wsp_talk",
    );
    one_problem_at(|v| v["kiosk"] = json!({"print": "yes"}), "$.kiosk.print");
    one_problem_at(
        |v| v["modules"] = json!({"alcohol_drugs": {"kiosk": 1}}),
        "$.modules.alcohol_drugs.kiosk",
    );
    let whole = one_problem_at(
        |v| v["kiosk"] = json!({"countdown_seconds": 60.5}),
        "$.kiosk.countdown_seconds",
    );
    assert_eq!(whole, "expected a whole number, found 60.5");
    let top = parse_config("[]").unwrap_err();
    assert_eq!(top[0].path, "$");
}

#[test]
fn unknown_top_level_field() {
    let msg = one_problem_at(|v| v["colour"] = json!("red"), "$.colour");
    assert_eq!(msg, "unknown field \"colour\"");
    // A misspelt field: reported, and so is the real one it leaves missing.
    let p = problems_after(|v| {
        let langs = v.as_object_mut().unwrap().remove("languages").unwrap();
        v["langauges"] = langs;
    });
    let got: Vec<String> = p.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "$.langauges: unknown field \"langauges\"; did you mean \"languages\"?",
            "$.languages: missing (this field is required)",
        ]
    );
}

#[test]
fn non_https_url() {
    let msg = one_problem_at(
        |v| service(v)["url"] = json!("http://voorbeeld.example.org"),
        "$.services.step_wsp_talk[0].url",
    );
    assert!(
        msg.starts_with("web address must start with https://"),
        "{msg}"
    );
}

#[test]
fn default_language_not_offered() {
    let msg = one_problem_at(
        |v| v["default_language"] = json!("tr"),
        "$.default_language",
    );
    assert_eq!(msg, "\"tr\" is not offered in $.languages");
}

#[test]
fn unknown_language_code() {
    let msg = one_problem_at(
        |v| v["languages"] = json!(["nl", "en", "fr"]),
        "$.languages[2]",
    );
    assert!(msg.starts_with("unknown language \"fr\""), "{msg}");
    one_problem_at(
        |v| service(v)["description"]["de"] = json!("Hilfe"),
        "$.services.step_wsp_talk[0].description.de",
    );
}

#[test]
fn unknown_theme() {
    let msg = one_problem_at(|v| v["theme"] = json!("rivierstat"), "$.theme");
    assert!(
        msg.starts_with("unknown theme \"rivierstat\"; did you mean \"rivierstad\"?"),
        "{msg}"
    );
}

#[test]
fn other_values() {
    one_problem_at(|v| v["id"] = json!("Voor Beeld"), "$.id");
    one_problem_at(|v| v["formality"] = json!("jij"), "$.formality");
    one_problem_at(
        |v| v["logo"] = json!("https://elders.example.org/logo.svg"),
        "$.logo",
    );
    one_problem_at(
        |v| v["kiosk"] = json!({"idle_seconds": 10}),
        "$.kiosk.idle_seconds",
    );
    one_problem_at(
        |v| v["kiosk"] = json!({"countdown_seconds": 5}),
        "$.kiosk.countdown_seconds",
    );
    one_problem_at(
        |v| service(v)["name"] = json!("  "),
        "$.services.step_wsp_talk[0].name",
    );
    one_problem_at(
        |v| service(v)["description"]["nl"] = json!("Regel een.\nRegel twee."),
        "$.services.step_wsp_talk[0].description.nl",
    );
    one_problem_at(
        |v| {
            service(v).as_object_mut().unwrap().remove("phone");
        },
        "$.services.step_wsp_talk[0].phone",
    );
    one_problem_at(
        |v| v["languages"] = json!(["nl", "en", "nl"]),
        "$.languages[2]",
    );
    let json_error = parse_config("{\"id\": ").unwrap_err();
    assert_eq!(json_error.len(), 1);
    assert_eq!(json_error[0].path, "$");
    assert!(json_error[0].message.starts_with("not valid JSON"));
}

#[test]
fn a_broken_file_reports_every_problem_at_once() {
    let problems = parse_config(&read("tests/fixtures/broken-config.json")).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for want in [
        "$.colour",
        "$.id",
        "$.logo",
        "$.formality",
        "$.languages[2]",
        "$.default_language",
        "$.theme",
        "$.kiosk.idle_seconds",
        "$.kiosk.countdown_seconds",
        "$.kiosk.print",
        "$.modules.alcohol_drugs.kiosk",
        "$.modules.gambling",
        "$.acute[0].label.en",
        "$.acute[0].phone",
        "$.services.barrier_housing",
        "$.services.barrier_money[0].description.de",
        "$.services.barrier_money[0].description.en",
        "$.services.barrier_money[0].opening_hours",
        "$.services.step_wsp_talk[0].phone",
        "$.services.step_wsp_talk[0].url",
        "$.services.step_wsp_tlak",
    ] {
        assert!(paths.contains(&want), "{want} not in {paths:#?}");
    }
    assert_eq!(problems.len(), 21, "{problems:#?}");
}

// ---------------------------------------------------------------------------------------------
// werkroute check-config

fn check_config(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_werkroute"))
        .arg("check-config")
        .args(args)
        .current_dir(ROOT)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn check_config_passes_a_good_file() {
    let (code, out, err) = check_config(&["www/gemeenten/rivierstad.json"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let n = shipped()
        .into_iter()
        .find(|(id, _)| id == "rivierstad")
        .unwrap()
        .1
        .service_count();
    assert_eq!(out, format!("ok: rivierstad ({n} services)\n"));
}

#[test]
fn check_config_lists_every_problem_of_a_broken_file() {
    let (code, out, err) = check_config(&["tests/fixtures/broken-config.json"]);
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 21, "{out}");
    assert!(lines.iter().all(|l| l.starts_with("$.")), "{out}");
    assert!(lines.contains(&"$.services.step_wsp_talk[0].phone: malformed phone number \"12ab\""));
    assert_eq!(
        err,
        "werkroute: tests/fixtures/broken-config.json: 21 problem(s)\n"
    );
}

#[test]
fn check_config_refuses_bad_arguments() {
    let (code, out, err) = check_config(&["tests/fixtures/no-such-file.json"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.starts_with("werkroute: cannot read"), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert_eq!(check_config(&[]).0, 2);
    assert_eq!(check_config(&["a.json", "b.json"]).0, 2);
}

#[test]
fn check_config_checks_a_theme_package_and_its_contrast() {
    use werkroute::app::config::theme_packages;
    let dir = std::env::temp_dir().join(format!("werkroute-theme-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let with = |package: Value| {
        let mut v: Value = serde_json::from_str(&read("www/gemeenten/default.json")).unwrap();
        v["theme_package"] = package;
        let path = dir.join("config.json");
        std::fs::write(&path, v.to_string()).unwrap();
        check_config(&[path.to_str().unwrap()])
    };
    // Every shipped package, with its own root class: read from its file, our parts contrast.
    for t in theme_packages::shipped() {
        let (code, out, err) = with(json!({ "class": t.class, "stylesheet": t.stylesheet() }));
        assert_eq!((code, err.as_str()), (0, ""), "{}: {out}", t.package);
    }
    let first = &theme_packages::shipped()[0];
    let (code, out, _) = with(json!({ "class": "my-theme", "stylesheet": first.stylesheet() }));
    assert_eq!(code, 1);
    assert!(
        out.contains(&format!("sets its tokens under \"{}\"", first.class)),
        "{out}"
    );
    let (code, out, _) =
        with(json!({ "class": "x", "stylesheet": "https://cdn.example.org/theme.css" }));
    assert_eq!(code, 1);
    assert!(
        out.starts_with("$.theme_package.stylesheet: unknown theme package stylesheet"),
        "{out}"
    );
    assert!(
        out.contains(&first.stylesheet()),
        "the shipped ones are listed: {out}"
    );
    let (code, out, _) = with(json!({ "stylesheet": first.stylesheet() }));
    assert_eq!(code, 1, "class is required: {out}");
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// Themes

/// `--name: value` declarations per selector list, comments removed.
fn css_blocks(css: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        text.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    text.push_str(rest);
    text.split('}')
        .filter_map(|chunk| chunk.split_once('{'))
        .map(|(sel, body)| {
            let decls = body
                .split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
                .collect();
            (sel.trim().to_string(), decls)
        })
        .collect()
}

/// The token values of `tokens.css` (`:root`) with `selector`'s block of `file` on top.
fn tokens_with(file: &str, selector: &str) -> BTreeMap<String, String> {
    let mut t = BTreeMap::new();
    for (sel, decls) in css_blocks(&read("styles/tokens.css")) {
        if sel == ":root" {
            t.extend(decls);
        }
    }
    let blocks = css_blocks(&read(file));
    let theme = blocks.iter().find(|(s, _)| s == selector);
    t.extend(
        theme
            .unwrap_or_else(|| panic!("{file}: no {selector}"))
            .1
            .clone(),
    );
    t
}

/// A token's colour, following `var()` references (the product's own resolver and colour reader,
/// `theme_contrast`, which `werkroute check-config` uses for theme packages too).
fn colour(tokens: &BTreeMap<String, String>, name: &str) -> [f64; 3] {
    let value = theme_contrast::resolve(tokens, &format!("var({name})"))
        .unwrap_or_else(|| panic!("{name} unset"));
    theme_contrast::colour(&value).unwrap_or_else(|| panic!("{name}: {value}"))
}

use werkroute::app::config::theme_contrast::{self, contrast};

/// Text on background (4.5:1), then UI parts on what they sit on (3:1).
const TEXT_PAIRS: &[(&str, &str)] = &[
    (
        "basis-color-default-color-document",
        "basis-color-default-bg-document",
    ),
    (
        "basis-color-default-color-document",
        "basis-color-default-bg-subtle",
    ),
    (
        "basis-color-default-color-document",
        "basis-color-highlight-bg-default",
    ),
    (
        "basis-color-default-color-document",
        "basis-color-negative-bg-subtle",
    ),
    (
        "basis-color-default-color-document",
        "basis-focus-background-color",
    ),
    (
        "basis-color-default-color-subtle",
        "basis-color-default-bg-document",
    ),
    (
        "basis-color-default-color-subtle",
        "basis-color-default-bg-subtle",
    ),
    (
        "basis-color-default-color-subtle",
        "basis-color-highlight-bg-default",
    ),
    (
        "basis-color-action-1-color-default",
        "basis-color-default-bg-document",
    ),
    (
        "basis-color-action-1-color-default",
        "basis-color-highlight-bg-default",
    ),
    (
        "basis-color-action-1-inverse-color-default",
        "basis-color-action-1-color-default",
    ),
    (
        "basis-color-action-1-inverse-color-default",
        "basis-color-action-1-color-hover",
    ),
    (
        "basis-color-negative-color-default",
        "basis-color-default-bg-document",
    ),
    (
        "basis-color-negative-color-default",
        "basis-color-negative-bg-subtle",
    ),
];
const UI_PAIRS: &[(&str, &str)] = &[
    (
        "basis-color-default-border-default",
        "basis-color-default-bg-document",
    ),
    (
        "basis-color-default-border-default",
        "basis-color-default-bg-subtle",
    ),
    (
        "basis-color-action-1-color-default",
        "basis-color-default-bg-subtle",
    ),
    ("app-card-border-color", "basis-color-default-bg-document"),
    ("app-quadrant-border-color", "app-meter-track-color"),
    ("app-meter-fill-color", "app-meter-track-color"),
    (
        "app-quadrant-marker-color",
        "app-quadrant-current-background-color",
    ),
    ("app-acute-border-color", "basis-color-negative-bg-subtle"),
    (
        "basis-focus-outline-color",
        "basis-color-default-bg-document",
    ),
    ("basis-focus-outline-color", "basis-focus-background-color"),
];

fn themes_and_hook() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = THEMES
        .iter()
        .map(|t| (format!("styles/themes/{t}.css"), format!(".app-theme-{t}")))
        .collect();
    out.push((
        "styles/themes/contrast-high.css".into(),
        "html.app-contrast-high".into(),
    ));
    out
}

#[test]
fn every_theme_keeps_its_contrast() {
    let mut failed = Vec::new();
    for (file, selector) in themes_and_hook() {
        let t = tokens_with(&file, &selector);
        for (pairs, min) in [(TEXT_PAIRS, 4.5), (UI_PAIRS, 3.0)] {
            for (fg, bg) in pairs {
                let r = contrast(
                    colour(&t, &format!("--{fg}")),
                    colour(&t, &format!("--{bg}")),
                );
                if r < min {
                    failed.push(format!("{file}: {fg} on {bg}: {r:.2} < {min}"));
                }
            }
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn the_theme_list_matches_the_theme_files() {
    let found: Vec<String> = files("styles/themes", "css")
        .into_iter()
        .map(|(stem, _)| stem)
        .filter(|s| s != "contrast-high")
        .collect();
    assert_eq!(
        found, THEMES,
        "THEMES in src/app/config.rs lists styles/themes/*.css"
    );
}

#[test]
fn themes_hold_token_values_only_under_their_root_class() {
    for t in THEMES {
        let file = format!("styles/themes/{t}.css");
        let blocks = css_blocks(&read(&file));
        assert_eq!(blocks.len(), 1, "{file}: one block");
        assert_eq!(blocks[0].0, format!(".app-theme-{t}"), "{file}");
        for k in blocks[0].1.keys() {
            assert!(
                k.starts_with("--basis-")
                    || k.starts_with("--utrecht-")
                    || k.starts_with("--nl-")
                    || k.starts_with("--app-"),
                "{file}: {k}"
            );
        }
    }
}

#[test]
fn high_contrast_overrides_every_colour_a_theme_sets() {
    let hook = css_blocks(&read("styles/themes/contrast-high.css"));
    let hook_tokens = &hook
        .iter()
        .find(|(s, _)| s == "html.app-contrast-high")
        .expect("html.app-contrast-high block")
        .1;
    for t in THEMES {
        for (_, decls) in css_blocks(&read(&format!("styles/themes/{t}.css"))) {
            for (k, v) in decls {
                if v.starts_with('#') {
                    assert!(
                        hook_tokens.contains_key(&k),
                        "{t} sets {k}; contrast-high must too"
                    );
                }
            }
        }
    }
}

#[test]
fn a_contact_for_the_register_entry_is_checked() {
    let base = std::fs::read_to_string("www/gemeenten/rivierstad.json").unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&base).unwrap();
    v["contact"] = serde_json::json!({
        "department": "Werk",
        "email": "geen-adres",
        "phone": "12ab",
        "complaints": "http://rivierstad.example.org/klachten",
        "in_use_since": "1 april",
        "fax": "x"
    });
    let problems = werkroute::app::config::parse_config(&v.to_string()).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for p in [
        "$.contact.email",
        "$.contact.phone",
        "$.contact.complaints",
        "$.contact.in_use_since",
        "$.contact.fax",
    ] {
        assert!(paths.contains(&p), "{p} not reported: {paths:?}");
    }
}
