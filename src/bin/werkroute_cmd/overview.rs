//! `werkroute overview FILE [FILE2]` (the policy overview of files of shared codes, read line by
//! line on two threads) and `werkroute sample N` (made-up codes of simulated people to try it).
//! The figures come from `domain::overview`; the text and CSV from `docs::overview`.

use werkroute::domain::code::{encode, encode_shared, Sharing};
use werkroute::domain::overview::{Figures, Tally, MAX_LINE};
use werkroute::domain::own_say::OwnSay;
use werkroute::domain::share::{Month, ShareChoice};
use werkroute::domain::Rules;
use werkroute::i18n::{t, Locale};

use super::{usage, Fail};

/// Reads `path` line by line, holding at most one line of [`MAX_LINE`] bytes (a longer line is
/// counted as too long and skipped to its end, so a huge or binary file streams), and counts the
/// lines on two threads, in batches: the figures do not depend on the order of the lines.
fn read_tally(path: &str) -> Result<Tally, Fail> {
    use std::io::BufRead;
    use std::sync::mpsc::sync_channel;
    let file = std::fs::File::open(path).map_err(|e| Fail(1, format!("{path}: {e}")))?;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    std::thread::scope(|scope| {
        let mut senders = Vec::new();
        let mut workers = Vec::new();
        for _ in 0..2 {
            let (send, receive) = sync_channel::<Vec<Option<Vec<u8>>>>(4);
            senders.push(send);
            workers.push(scope.spawn(move || {
                let mut tally = Tally::new();
                for batch in receive {
                    for line in batch {
                        match line {
                            Some(l) => tally.add_line(&l),
                            None => tally.add_too_long(),
                        }
                    }
                }
                tally
            }));
        }
        let mut batch: Vec<Option<Vec<u8>>> = Vec::with_capacity(BATCH);
        let mut turn = 0;
        let mut line: Vec<u8> = Vec::with_capacity(256);
        let mut too_long = false;
        let mut failed = None;
        loop {
            let buf = match reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) => {
                    failed = Some(Fail(1, format!("{path}: {e}")));
                    break;
                }
            };
            if buf.is_empty() {
                break;
            }
            let (chunk, ends) = match buf.iter().position(|b| *b == b'\n') {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            if !too_long {
                if line.len() + chunk.len() > MAX_LINE {
                    too_long = true;
                    line.clear();
                } else {
                    line.extend_from_slice(chunk);
                }
            }
            let used = ends.unwrap_or(buf.len());
            reader.consume(used);
            if ends.is_some() {
                batch.push(finish_line(&mut line, &mut too_long));
                if batch.len() == BATCH {
                    let _ = senders[turn % 2].send(std::mem::take(&mut batch));
                    turn += 1;
                }
            }
        }
        batch.push(finish_line(&mut line, &mut too_long));
        let _ = senders[turn % 2].send(batch);
        drop(senders);
        let mut tally = Tally::new();
        for w in workers {
            match w.join() {
                Ok(part) => tally.merge(part),
                Err(_) => failed = Some(Fail(1, format!("{path}: a reading thread stopped"))),
            }
        }
        match failed {
            Some(f) => Err(f),
            None => Ok(tally),
        }
    })
}

/// Lines per batch handed to a counting thread.
const BATCH: usize = 4096;

/// The line as read, or `None` for a line that was too long; leaves the state empty for the
/// next line.
fn finish_line(line: &mut Vec<u8>, too_long: &mut bool) -> Option<Vec<u8>> {
    let out = (!*too_long).then(|| std::mem::take(line));
    line.clear();
    *too_long = false;
    out
}

/// `overview FILE [FILE2] [--format text|csv] [--lang nl|en]`: the figures of one file, or two
/// side by side with their differences; counts only, every small count suppressed. A file with
/// no code at all is an error; lines that are no code are counted and skipped.
pub(super) fn overview_command(args: &[&str]) -> Result<String, Fail> {
    let (mut csv, mut locale, mut files) = (false, Locale::Nl, Vec::new());
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match (*arg, it.clone().next().copied()) {
            ("--format", Some("text")) => {
                csv = false;
                it.next();
            }
            ("--format", Some("csv")) => {
                csv = true;
                it.next();
            }
            ("--format", other) => {
                return Err(usage(&format!(
                    "unknown format '{}', use text or csv",
                    other.unwrap_or("")
                )))
            }
            ("--lang", Some(code @ ("nl" | "en"))) => {
                locale = Locale::from_code(code).unwrap_or(Locale::Nl);
                it.next();
            }
            ("--lang", other) => {
                return Err(usage(&format!(
                    "unknown language '{}', use nl or en",
                    other.unwrap_or("")
                )))
            }
            (path, _) if !path.starts_with("--") => files.push(path),
            (other, _) => return Err(usage(&format!("unexpected argument '{other}'"))),
        }
    }
    if files.is_empty() || files.len() > 2 {
        return Err(usage("overview needs one FILE, or two to compare"));
    }
    let mut figures = Vec::new();
    for path in &files {
        let tally = read_tally(path)?;
        if tally.codes == 0 {
            return Err(Fail(
                1,
                format!("{path}: {}", t(locale, "overview.error.empty")),
            ));
        }
        figures.push(tally.figures());
    }
    let refs: Vec<&Figures> = figures.iter().collect();
    Ok(if csv {
        werkroute::docs::overview::csv(&refs, locale)
    } else {
        werkroute::docs::overview::text(&refs, locale)
    })
}

/// `sample N [--seed S] [--full]`: N made-up result codes, one per line, of simulated people (the
/// model of `agreement`) who answered the core. By default share codes as the app makes them
/// (willen, kunnen and the route; each circumstance that plays a role shared by about half),
/// spread over three months; `--full` gives codes with every answer (format 2).
pub(super) fn sample_command(args: &[&str]) -> Result<String, Fail> {
    let (mut n, mut seed, mut full) = (None, 2027u64, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match *arg {
            "--seed" => {
                seed = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| usage("--seed needs a whole number"))?
            }
            "--full" => full = true,
            other => match other.parse::<usize>() {
                Ok(v) if n.is_none() => n = Some(v),
                _ => return Err(usage(&format!("unexpected argument '{other}'"))),
            },
        }
    }
    let n = n.ok_or_else(|| usage("sample needs a number of codes"))?;
    let rules = Rules::current().map_err(|e| Fail(1, e))?;
    let journey = rules
        .journey
        .as_ref()
        .ok_or_else(|| Fail(1, format!("rules {} have no core", rules.version)))?;
    let mut people =
        werkroute::docs::agreement::People::new(rules, seed, werkroute::docs::agreement::MODEL);
    let mut out = String::with_capacity(n * 52);
    for i in 0..n {
        let everything = people.next_person();
        let mut answers = werkroute::domain::Answers::new();
        for (q, o) in everything.iter() {
            if journey.core.contains(&q) || journey.screened(q) {
                answers.set(q, o.to_string());
            }
        }
        let code = if full {
            encode(&answers, rules).map_err(|e| Fail(1, e.to_string()))?
        } else {
            let mut choice = ShareChoice::default();
            for (k, offer) in werkroute::domain::share::offers(rules, &answers)
                .iter()
                .enumerate()
            {
                if (i + k) % 2 == 0 {
                    choice.set_include(offer.topic, true);
                }
            }
            let made = Month::new(2027, 4 + (i % 3) as u8).unwrap_or(Month::from_unix_ms(0.0));
            let sharing = Sharing {
                answers: &answers,
                own_say: &OwnSay::default(),
                choice: &choice,
                made,
            };
            encode_shared(&sharing, rules).map_err(|e| Fail(1, e.to_string()))?
        };
        out.push_str(&code);
        out.push('\n');
    }
    Ok(out)
}
