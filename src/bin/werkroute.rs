//! The `werkroute` command-line tool: the same domain as the web app, natively, for policy staff
//! auditing the rules and for tests. Commands: `questions [--lang nl|en] [--version V]`,
//! `rules [--format json|markdown] [--lang nl|en] [--version V]`, `shares [--version V]`,
//! `score [FILE|-]`, `audit FILE`, `decode CODE`, `encode [FILE|-]`, `check-config FILE`,
//! `length [--version V]`, `agreement [--people N] [--seed S] [--sensitivity] [--version V]`,
//! `texts --lang L` (a locale's catalog as the app shows it, for translators and the RTL check),
//! `overview FILE [FILE2] [--format text|csv] [--lang nl|en]` (the policy overview of a file of
//! shared codes, counts only) and `sample N [--seed S] [--full]` (made-up codes to try it with).
//! An answers or personas file that names a `rules_version` is read and scored under it; a code
//! is scored under the version it names. Formats: docs/cli.md.
//!
//! Rule kept: bad input (unreadable file, invalid JSON, unknown question or option, a question
//! answered twice, a bad argument) exits non-zero with one line naming the problem; it never
//! panics, not even when stdout is closed early.

use std::io::{Read, Write};
use std::process::ExitCode;

use serde_json::{json, Value};
use werkroute::app::config::parse_config;
use werkroute::docs::register_markdown;
use werkroute::domain::answers::answers_file_version;
use werkroute::domain::code::{
    encode, encode_shared, link_fragment, read_any, to_typeable, Decoded, Sharing,
};
use werkroute::domain::own_say::OwnSay;
use werkroute::domain::personas::{mismatches, parse_personas_file};
use werkroute::domain::score::item_shares;
use werkroute::domain::share::{reader_outcome, Month, ShareChoice, Topic};
use werkroute::domain::{parse_answers_json, score, Axis, Outcome, Rules};
use werkroute::i18n::{t, Locale};

const USAGE: &str = "usage: werkroute questions [--lang nl|en] [--version V] | \
rules [--format json|markdown] [--lang nl|en] [--config FILE] [--version V] | shares [--version V] | \
score [FILE|-] | audit FILE | decode CODE | encode [FILE|-] | \
share [FILE|-] [--include TOPIC,..] [--talk TOPIC,..] [--own-say JSON] [--month YYYY-MM] | check-config FILE | \
length [--version V] | agreement [--people N] [--seed S] [--sensitivity] [--version V] | \
texts --lang nl|en|ar|tr|pl|uk | overview FILE [FILE2] [--format text|csv] [--lang nl|en] | \
sample N [--seed S] [--full]";

/// `overview` and `sample`: the policy overview of a file of shared codes, and made-up codes.
#[path = "werkroute_cmd/overview.rs"]
mod overview;

/// A failed command: the one line to print and the exit code.
struct Fail(u8, String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (e.g. `| head`) is not an error worth a panic.
            let _ = stdout
                .write_all(out.as_bytes())
                .and_then(|_| stdout.flush());
            ExitCode::SUCCESS
        }
        Err(Fail(code, msg)) => {
            let _ = writeln!(std::io::stderr(), "werkroute: {msg}");
            ExitCode::from(code)
        }
    }
}

fn usage(msg: &str) -> Fail {
    Fail(2, format!("{msg} ({USAGE})"))
}

/// Takes `--version V` out of `args`: those rules, or the current ones.
fn version_arg(args: &mut Vec<&str>) -> Result<&'static Rules, Fail> {
    match args.iter().position(|a| *a == "--version") {
        None => Rules::current().map_err(|e| Fail(1, e)),
        Some(i) if i + 1 < args.len() => {
            let v = args[i + 1];
            args.drain(i..=i + 1);
            Rules::get(v).map_err(|e| Fail(1, e))
        }
        Some(_) => Err(usage("--version needs a value, e.g. 2027.1")),
    }
}

/// `agreement [--people N] [--seed S] [--sensitivity]`: the simulated agreement of core and
/// full set (with `--sensitivity`, under each variant of the model).
fn agreement(rules: &Rules, args: &[&str]) -> Result<String, Fail> {
    let (mut people, mut seed, mut sensitivity) = (10_000usize, 2027u64, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if *a == "--sensitivity" {
            sensitivity = true;
            continue;
        }
        let value = it
            .next()
            .ok_or_else(|| usage(&format!("{a} needs a value")));
        match *a {
            "--people" => {
                people = value?
                    .parse()
                    .ok()
                    .filter(|n| (1..=1_000_000).contains(n))
                    .ok_or_else(|| usage("--people needs a number from 1 to 1000000"))?
            }
            "--seed" => {
                seed = value?
                    .parse()
                    .map_err(|_| usage("--seed needs a whole number"))?
            }
            other => return Err(usage(&format!("unexpected argument '{other}'"))),
        }
    }
    if sensitivity {
        return werkroute::docs::agreement::sensitivity(rules, people, seed)
            .map_err(|e| Fail(1, e));
    }
    let a = werkroute::docs::agreement::simulate(rules, people, seed).map_err(|e| Fail(1, e))?;
    Ok(a.report(&rules.version))
}

fn run(args: &[String]) -> Result<String, Fail> {
    let mut rest: Vec<&str> = args.iter().skip(1).map(String::as_str).collect();
    let command = args.first().map(String::as_str);
    let versioned = matches!(
        command,
        Some("questions" | "rules" | "shares" | "length" | "agreement")
    );
    let rules = if versioned {
        version_arg(&mut rest)?
    } else {
        Rules::current().map_err(|e| Fail(1, e))?
    };
    match command {
        Some("length") => match rest.as_slice() {
            [] => Ok(werkroute::docs::length::report(rules)),
            [other, ..] => Err(usage(&format!("unexpected argument '{other}'"))),
        },
        Some("agreement") => agreement(rules, &rest),
        Some("shares") => match rest.as_slice() {
            [] => Ok(pretty(&shares_json(rules))),
            [other, ..] => Err(usage(&format!("unexpected argument '{other}'"))),
        },
        Some("questions") => {
            let locale = match rest.as_slice() {
                [] => Locale::Nl,
                ["--lang", code] => match *code {
                    "nl" => Locale::Nl,
                    "en" => Locale::En,
                    other => {
                        return Err(usage(&format!("unknown language '{other}', use nl or en")))
                    }
                },
                ["--lang"] => return Err(usage("--lang needs a value: nl or en")),
                [other, ..] => return Err(usage(&format!("unexpected argument '{other}'"))),
            };
            Ok(pretty(&questions_json(rules, locale)))
        }
        Some("rules") => rules_command(rules, &rest),
        Some("score") => {
            let (rules, answers) = answers_input(&rest)?;
            Ok(pretty(&score_json(&score(rules, &answers))))
        }
        Some("audit") => match rest.as_slice() {
            [path] => audit(path),
            [] => Err(usage("audit needs a FILE of personas")),
            [_, extra, ..] => Err(usage(&format!("unexpected argument '{extra}'"))),
        },
        Some("decode") => match rest.as_slice() {
            [code] => {
                let (code, d) = read_any(code).map_err(|e| Fail(1, format!("code: {e}")))?;
                let made_with = Rules::get(d.rules_version).map_err(|e| Fail(1, e))?;
                Ok(pretty(&decode_json(made_with, rules, &code, &d)?))
            }
            [] => Err(usage("decode needs a CODE")),
            [_, extra, ..] => Err(usage(&format!("unexpected argument '{extra}'"))),
        },
        Some("encode") => {
            let (rules, answers) = answers_input(&rest)?;
            let code = encode(&answers, rules).map_err(|e| Fail(1, e.to_string()))?;
            Ok(pretty(&code_json(&code, rules.version.as_str())?))
        }
        Some("share") => share_command(&rest),
        Some("check-config") => match rest.as_slice() {
            [path] => check_config(path),
            [] => Err(usage("check-config needs a FILE")),
            [_, extra, ..] => Err(usage(&format!("unexpected argument '{extra}'"))),
        },
        Some("texts") => texts_command(&rest),
        Some("overview") => overview::overview_command(&rest),
        Some("sample") => overview::sample_command(&rest),
        Some("help" | "--help" | "-h") => Ok(format!("{USAGE}\n")),
        Some(other) => Err(usage(&format!("unknown command '{other}'"))),
        None => Err(usage("no command given")),
    }
}

/// `texts --lang L`: every text of the locale as the app shows it (key -> text, JSON), numbers
/// and addresses isolated in a right-to-left locale (`i18n::bidi`).
fn texts_command(args: &[&str]) -> Result<String, Fail> {
    let locale = match args {
        ["--lang", code] => Locale::from_code(code)
            .filter(|l| l.code() == *code)
            .ok_or_else(|| usage(&format!("unknown language '{code}'")))?,
        ["--lang"] | [] => return Err(usage("texts needs --lang and a language code")),
        [other, ..] => return Err(usage(&format!("unexpected argument '{other}'"))),
    };
    let catalog = werkroute::i18n::Catalog::get(locale);
    let texts: serde_json::Map<String, Value> = catalog
        .entries()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect();
    Ok(pretty(&Value::Object(texts)))
}

/// `rules [--format json|markdown] [--lang nl|en]`: the rules as JSON (the default), or the
/// algorithm-register entry generated from them as Markdown (docs/algoritmeregister.*.md).
fn rules_command(rules: &Rules, args: &[&str]) -> Result<String, Fail> {
    let (mut markdown, mut locale, mut config) = (false, None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match (*arg, it.next().copied()) {
            ("--config", Some(path)) => {
                let text = read_input(path)?;
                config = Some(parse_config(&text).map_err(|problems| {
                    let first = problems
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default();
                    Fail(
                        1,
                        format!(
                            "{path}: {} problem(s), first: {first} (see check-config)",
                            problems.len()
                        ),
                    )
                })?);
            }
            ("--format", Some("json")) => markdown = false,
            ("--format", Some("markdown")) => markdown = true,
            ("--format", Some(other)) => {
                return Err(usage(&format!(
                    "unknown format '{other}', use json or markdown"
                )))
            }
            ("--lang", Some("nl")) => locale = Some(Locale::Nl),
            ("--lang", Some("en")) => locale = Some(Locale::En),
            ("--lang", Some(other)) => {
                return Err(usage(&format!("unknown language '{other}', use nl or en")))
            }
            ("--format" | "--lang" | "--config", None) => {
                return Err(usage(&format!("{arg} needs a value")))
            }
            (other, _) => return Err(usage(&format!("unexpected argument '{other}'"))),
        }
    }
    match (markdown, locale) {
        (true, locale) => {
            let locale = locale.unwrap_or(Locale::Nl);
            Ok(match &config {
                Some(c) => werkroute::docs::register_markdown_for(rules, locale, c),
                None => register_markdown(rules, locale),
            })
        }
        (false, _) if config.is_some() => Err(usage("--config goes with --format markdown")),
        (false, None) => Ok(pretty(&serde_json::to_value(rules).unwrap_or(Value::Null))),
        (false, Some(_)) => Err(usage("--lang goes with --format markdown")),
    }
}

/// `check-config FILE`: every problem in a municipality configuration, one line each with its
/// JSON path, on stdout (exit 1, with a count on stderr); or `ok: <id> (<n> services)`.
fn check_config(path: &str) -> Result<String, Fail> {
    let text = read_input(path)?;
    match parse_config(&text) {
        Ok(config) => {
            let problems = theme_package_problems(&config);
            if !problems.is_empty() {
                let lines: String = problems.iter().map(|p| format!("{p}\n")).collect();
                let _ = std::io::stdout().write_all(lines.as_bytes());
                return Err(Fail(1, format!("{path}: {} problem(s)", problems.len())));
            }
            Ok(format!(
                "ok: {} ({} services)\n",
                config.id,
                config.service_count()
            ))
        }
        Err(problems) => {
            let lines: String = problems.iter().map(|p| format!("{p}\n")).collect();
            let _ = std::io::stdout().write_all(lines.as_bytes());
            Err(Fail(1, format!("{path}: {} problem(s)", problems.len())))
        }
    }
}

/// Our own components under the configuration's theme package: every colour pair that falls
/// short of WCAG contrast, read from the package's file as the build ships it (`dist/`) or as
/// npm installed it (`node_modules/`). A file that is not there is a problem too: the check
/// cannot vouch for what it cannot read.
fn theme_package_problems(config: &werkroute::app::config::Config) -> Vec<String> {
    use werkroute::app::config::{theme_contrast, theme_packages};
    let Some(chosen) = &config.theme_package else {
        return Vec::new();
    };
    let Some(package) = theme_packages::by_stylesheet(&chosen.stylesheet) else {
        return Vec::new();
    };
    let places = [
        format!("dist/{}", chosen.stylesheet),
        format!("node_modules/{}/{}", package.package, package.file),
    ];
    let Some(css) = places.iter().find_map(|p| std::fs::read_to_string(p).ok()) else {
        return vec![format!(
            "$.theme_package: cannot read {} to check its contrast (looked in {}; run ./scripts/build.sh)",
            package.package,
            places.join(", ")
        )];
    };
    theme_contrast::shortfalls(&css, &chosen.class)
        .into_iter()
        .map(|s| {
            format!(
                "$.theme_package: {} under {}: contrast {:.2}:1, needs {}:1 ({} on {})",
                s.what, package.package, s.ratio, s.needed, s.foreground, s.background
            )
        })
        .collect()
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "null".into());
    s.push('\n');
    s
}

/// The answers file named in `rest` (`-` or nothing reads stdin), parsed against the rules
/// version it names, or the current rules when it names none.
fn answers_input(rest: &[&str]) -> Result<(&'static Rules, werkroute::domain::Answers), Fail> {
    let path = match rest {
        [] => "-",
        [p] => p,
        [_, extra, ..] => return Err(usage(&format!("unexpected argument '{extra}'"))),
    };
    let text = read_input(path)?;
    let fail = |e: String| Fail(1, format!("{path}: {e}"));
    let rules = match answers_file_version(&text).map_err(|e| fail(e.to_string()))? {
        Some(v) => Rules::get(&v).map_err(fail)?,
        None => Rules::current().map_err(fail)?,
    };
    let answers = parse_answers_json(&text, rules).map_err(|e| fail(e.to_string()))?;
    Ok((rules, answers))
}

/// Reads a file, or stdin for `-`.
fn read_input(path: &str) -> Result<String, Fail> {
    let mut text = String::new();
    let res = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|s| text = s)
    };
    res.map_err(|e| Fail(1, format!("cannot read '{path}': {e}")))?;
    Ok(text)
}

/// Per axis, the share of the axis each question carries with every question answered.
fn shares_json(rules: &Rules) -> Value {
    let mut out = json!({"rules_version": rules.version, "item_cap": rules.item_cap});
    for axis in Axis::ALL {
        let rows: Vec<Value> = item_shares(rules, *axis)
            .into_iter()
            .map(|(q, s)| json!({"question": q, "share": (s * 1000.0).round() / 1000.0}))
            .collect();
        out[axis.as_str()] = Value::Array(rows);
    }
    out
}

fn questions_json(rules: &Rules, locale: Locale) -> Value {
    let qs: Vec<Value> = rules
        .questions()
        .map(|q| {
            let options: Vec<Value> = rules
                .options(q)
                .into_iter()
                .map(|o| json!({"id": o.id, "label": t(locale, &format!("opt.{}", o.label)), "value": o.value}))
                .collect();
            json!({
                "id": q.id,
                "layer": q.layer(),
                "feeds": q.feeds,
                "sensitive": q.sensitive,
                "module": q.module,
                "ask_if": q.ask_if,
                "text": t(locale, &q.text_key()),
                "why": t(locale, &q.why_key()),
                "options": options,
            })
        })
        .collect();
    Value::Array(qs)
}

fn score_json(o: &Outcome) -> Value {
    json!({
        "rules_version": o.rules_version,
        "outcome": o.outcome_id(),
        "route": o.route,
        "lead": o.lead,
        "because": o.because,
        "holds_back": o.holds_back,
        "willen": o.willen,
        "kunnen": o.kunnen,
        "grey_zone": o.grey_zone,
        "neighbour_routes": o.neighbour_routes,
        "confidence": o.confidence,
        "barriers": o.barriers,
        "acute": o.acute,
        "steps": o.steps,
        "explanation": o.explanation(),
        "subscores": o.subscores,
    })
}

/// The ways to write `code`, and the rules version it names.
fn code_json(code: &str, rules_version: &str) -> Result<Value, Fail> {
    let typeable = to_typeable(code).map_err(|e| Fail(1, format!("code: {e}")))?;
    Ok(json!({
        "code": code,
        "typeable": typeable,
        "fragment": link_fragment(code),
        "rules_version": rules_version,
    }))
}

/// `share [FILE|-] [--include TOPIC,..] [--talk TOPIC,..] [--own-say JSON] [--month YYYY-MM]`: a share code
/// as the app makes it. Without `--include`, what the app sends by default (willen and kunnen,
/// no circumstance); `--include` names every topic that goes. An acute answer never goes.
fn share_command(rest: &[&str]) -> Result<String, Fail> {
    let mut args: Vec<&str> = rest.to_vec();
    let mut take = |flag: &str| -> Result<Option<String>, Fail> {
        match args.iter().position(|a| *a == flag) {
            None => Ok(None),
            Some(i) if i + 1 < args.len() => {
                let v = args[i + 1].to_string();
                args.drain(i..=i + 1);
                Ok(Some(v))
            }
            Some(_) => Err(usage(&format!("{flag} needs a value"))),
        }
    };
    let topics = |list: &str| -> Result<Vec<Topic>, Fail> {
        list.split(',')
            .filter(|t| !t.is_empty())
            .map(|t| {
                Topic::parse(t).ok_or_else(|| {
                    let all: Vec<&str> = Topic::ALL.iter().map(|t| t.as_str()).collect();
                    usage(&format!(
                        "unknown topic '{t}', use one of {}",
                        all.join(", ")
                    ))
                })
            })
            .collect()
    };
    let mut choice = ShareChoice::default();
    if let Some(list) = take("--include")? {
        choice.include = topics(&list)?.into_iter().collect();
    }
    if let Some(list) = take("--talk")? {
        choice.talk = topics(&list)?.into_iter().collect();
    }
    let made = match take("--month")? {
        Some(m) => Month::parse_iso(&m)
            .ok_or_else(|| usage(&format!("--month '{m}' is not a month such as 2026-12")))?,
        None => Month::from_unix_ms(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0.0, |d| d.as_millis() as f64),
        ),
    };
    let own_say: OwnSay = match take("--own-say")? {
        Some(json) => serde_json::from_str(&json).map_err(|e| {
            usage(&format!(
                "--own-say is not the person's own say as JSON: {e}"
            ))
        })?,
        None => OwnSay::default(),
    };
    let (rules, answers) = answers_input(&args)?;
    let sharing = Sharing {
        answers: &answers,
        own_say: &own_say,
        choice: &choice,
        made,
    };
    let code = encode_shared(&sharing, rules).map_err(|e| Fail(1, e.to_string()))?;
    Ok(pretty(&code_json(&code, rules.version.as_str())?))
}

/// The result of the decoded answers, scored under the rules version the code names (as the
/// person was given it), plus what the code held and whether newer rules exist. A share code
/// adds what the person chose: the month, the outcome their app gave, what stayed behind, the
/// topics to talk about and their own say.
fn decode_json(made_with: &Rules, current: &Rules, code: &str, d: &Decoded) -> Result<Value, Fail> {
    let rules = made_with;
    let mut info = code_json(code, d.rules_version)?;
    if made_with.version != current.version {
        info["newer_rules"] = json!(current.version);
    }
    info["format"] = json!(d.format);
    info["answers"] = json!(d.answers);
    info["retired"] = json!(d
        .retired
        .iter()
        .map(|(q, o)| json!({"question": q, "option": o}))
        .collect::<Vec<_>>());
    let outcome = reader_outcome(rules, d).map_err(|e| Fail(1, format!("code: {e}")))?;
    if let Some(shared) = &d.shared {
        info["shared"] = json!({
            "made": shared.made.iso(),
            "route": shared.outcome.route,
            "lead": shared.outcome.lead,
            "withheld": shared.withheld,
            "talk": shared.talk,
            "own_say": shared.own_say,
            "own_say_withheld": shared.own_say_withheld,
        });
    }
    let mut out = score_json(&outcome);
    out["code"] = info;
    Ok(out)
}

fn audit(path: &str) -> Result<String, Fail> {
    let text = read_input(path)?;
    let (rules, personas) =
        parse_personas_file(&text).map_err(|e| Fail(1, format!("{path}: {e}")))?;
    let width = personas
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let num = |s: Option<u8>| s.map_or("-".to_string(), |v| v.to_string());
    let mut out = format!(
        "rules {}\n{:<width$}  outcome       willen  kunnen  grey      acute  conf  check  barriers (big)\n",
        rules.version, "name"
    );
    let mut failed = 0;
    for p in &personas {
        let o = score(rules, &p.answers);
        let big: Vec<String> = o.big_barriers().iter().map(|d| d.to_string()).collect();
        let miss = mismatches(&p.expect, &o);
        failed += usize::from(!miss.is_empty());
        let grey = if o.grey_zone {
            let n: Vec<&str> = o.neighbour_routes.iter().map(|r| r.as_str()).collect();
            format!("yes:{}", n.join(","))
        } else {
            "no".into()
        };
        let line = format!(
            "{:<width$}  {:<12}  {:>6}  {:>6}  {:<8}  {:<5}  {:>4}  {:<5}  {}{}",
            p.name,
            match o.lead {
                werkroute::domain::Lead::SortOutFirst => format!("{}+first", o.outcome_id()),
                _ => o.outcome_id().to_string(),
            },
            num(o.willen.score),
            num(o.kunnen.score),
            grey,
            if o.acute { "yes" } else { "no" },
            o.confidence,
            if miss.is_empty() { "ok" } else { "FAIL" },
            if big.is_empty() {
                "-".to_string()
            } else {
                big.join(",")
            },
            if miss.is_empty() {
                String::new()
            } else {
                format!("  ({})", miss.join("; "))
            },
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if failed > 0 {
        let _ = std::io::stdout().write_all(out.as_bytes());
        return Err(Fail(
            1,
            format!("{failed} persona(s) do not give their expected result"),
        ));
    }
    Ok(out)
}
