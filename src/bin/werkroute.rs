//! The `werkroute` command-line tool: the same domain as the web app, natively, for policy staff
//! auditing the rules and for tests. Commands: `questions [--lang nl|en]`,
//! `rules [--format json|markdown] [--lang nl|en]`, `score [FILE|-]`, `audit FILE`,
//! `decode CODE`, `encode [FILE|-]`, `check-config FILE`. Formats: docs/cli.md.
//!
//! Rule kept: bad input (unreadable file, invalid JSON, unknown question or option, a question
//! answered twice, a bad argument) exits non-zero with one line naming the problem; it never
//! panics, not even when stdout is closed early.

use std::io::{Read, Write};
use std::process::ExitCode;

use serde_json::{json, Value};
use werkroute::app::config::parse_config;
use werkroute::docs::register_markdown;
use werkroute::domain::code::{decode_any, encode, link_fragment, to_typeable, Decoded};
use werkroute::domain::personas::{mismatches, parse_personas_json};
use werkroute::domain::{parse_answers_json, score, Outcome, Rules, BANK};
use werkroute::i18n::{t, Locale};

const USAGE: &str = "usage: werkroute questions [--lang nl|en] | \
rules [--format json|markdown] [--lang nl|en] | score [FILE|-] | audit FILE | decode CODE | \
encode [FILE|-] | check-config FILE";

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

fn run(args: &[String]) -> Result<String, Fail> {
    let rules = Rules::builtin().map_err(|e| Fail(1, e))?;
    let rest: Vec<&str> = args.iter().skip(1).map(String::as_str).collect();
    match args.first().map(String::as_str) {
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
            let answers = answers_input(rules, &rest)?;
            Ok(pretty(&score_json(&score(rules, &answers))))
        }
        Some("audit") => match rest.as_slice() {
            [path] => audit(rules, path),
            [] => Err(usage("audit needs a FILE of personas")),
            [_, extra, ..] => Err(usage(&format!("unexpected argument '{extra}'"))),
        },
        Some("decode") => match rest.as_slice() {
            [code] => {
                let d = decode_any(code).map_err(|e| Fail(1, format!("code: {e}")))?;
                Ok(pretty(&decode_json(rules, &d)?))
            }
            [] => Err(usage("decode needs a CODE")),
            [_, extra, ..] => Err(usage(&format!("unexpected argument '{extra}'"))),
        },
        Some("encode") => {
            let answers = answers_input(rules, &rest)?;
            let code = encode(&answers, rules).map_err(|e| Fail(1, e.to_string()))?;
            Ok(pretty(&code_json(&code, rules.version.as_str())?))
        }
        Some("check-config") => match rest.as_slice() {
            [path] => check_config(path),
            [] => Err(usage("check-config needs a FILE")),
            [_, extra, ..] => Err(usage(&format!("unexpected argument '{extra}'"))),
        },
        Some("help" | "--help" | "-h") => Ok(format!("{USAGE}\n")),
        Some(other) => Err(usage(&format!("unknown command '{other}'"))),
        None => Err(usage("no command given")),
    }
}

/// `rules [--format json|markdown] [--lang nl|en]`: the rules as JSON (the default), or the
/// algorithm-register entry generated from them as Markdown (docs/algoritmeregister.*.md).
fn rules_command(rules: &Rules, args: &[&str]) -> Result<String, Fail> {
    let (mut markdown, mut locale) = (false, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match (*arg, it.next().copied()) {
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
            ("--format" | "--lang", None) => return Err(usage(&format!("{arg} needs a value"))),
            (other, _) => return Err(usage(&format!("unexpected argument '{other}'"))),
        }
    }
    match (markdown, locale) {
        (true, locale) => Ok(register_markdown(rules, locale.unwrap_or(Locale::Nl))),
        (false, None) => Ok(pretty(&serde_json::to_value(rules).unwrap_or(Value::Null))),
        (false, Some(_)) => Err(usage("--lang goes with --format markdown")),
    }
}

/// `check-config FILE`: every problem in a municipality configuration, one line each with its
/// JSON path, on stdout (exit 1, with a count on stderr); or `ok: <id> (<n> services)`.
fn check_config(path: &str) -> Result<String, Fail> {
    let text = read_input(path)?;
    match parse_config(&text) {
        Ok(config) => Ok(format!(
            "ok: {} ({} services)\n",
            config.id,
            config.service_count()
        )),
        Err(problems) => {
            let lines: String = problems.iter().map(|p| format!("{p}\n")).collect();
            let _ = std::io::stdout().write_all(lines.as_bytes());
            Err(Fail(1, format!("{path}: {} problem(s)", problems.len())))
        }
    }
}

fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "null".into());
    s.push('\n');
    s
}

/// The answers file named in `rest` (`-` or nothing reads stdin), parsed against the rules.
fn answers_input(rules: &Rules, rest: &[&str]) -> Result<werkroute::domain::Answers, Fail> {
    let path = match rest {
        [] => "-",
        [p] => p,
        [_, extra, ..] => return Err(usage(&format!("unexpected argument '{extra}'"))),
    };
    let text = read_input(path)?;
    parse_answers_json(&text, rules).map_err(|e| Fail(1, format!("{path}: {e}")))
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

fn questions_json(rules: &Rules, locale: Locale) -> Value {
    let qs: Vec<Value> = BANK
        .iter()
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
        "route": o.route,
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

/// The result of the decoded answers, scored as `score` does, plus what the code held.
fn decode_json(rules: &Rules, d: &Decoded) -> Result<Value, Fail> {
    let code = encode(&d.answers, rules).map_err(|e| Fail(1, e.to_string()))?;
    let mut info = code_json(&code, d.rules_version)?;
    info["format"] = json!(d.format);
    info["answers"] = json!(d.answers);
    info["retired"] = json!(d
        .retired
        .iter()
        .map(|(q, o)| json!({"question": q, "option": o}))
        .collect::<Vec<_>>());
    let mut out = score_json(&score(rules, &d.answers));
    out["code"] = info;
    Ok(out)
}

fn audit(rules: &Rules, path: &str) -> Result<String, Fail> {
    let text = read_input(path)?;
    let personas =
        parse_personas_json(&text, rules).map_err(|e| Fail(1, format!("{path}: {e}")))?;
    let width = personas
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(4)
        .max(4);
    let num = |s: Option<u8>| s.map_or("-".to_string(), |v| v.to_string());
    let mut out = format!(
        "rules {}\n{:<width$}  route  willen  kunnen  grey      acute  conf  check  barriers (big)\n",
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
            "{:<width$}  {:<5}  {:>6}  {:>6}  {:<8}  {:<5}  {:>4}  {:<5}  {}{}",
            p.name,
            o.route,
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
