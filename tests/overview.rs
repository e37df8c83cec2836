//! The policy overview (`werkroute overview`, `domain::overview`): the figures are the engine's
//! own results counted, bad lines are counted and skipped, and no count under ten comes out or
//! can be worked back (issue 20).

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::run_werkroute;
use werkroute::domain::overview::{Shown, Tally, MIN_COUNT};
use werkroute::domain::share::reader_outcome;
use werkroute::domain::{read_any, to_typeable, RouteCode, Rules};

fn sample(n: usize, seed: u64, full: bool) -> Vec<String> {
    let seed = seed.to_string();
    let n = n.to_string();
    let mut args = vec!["sample", n.as_str(), "--seed", seed.as_str()];
    if full {
        args.push("--full");
    }
    let out = run_werkroute(&args, "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("werkroute-overview-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The CSV as (section, item) -> counts.
fn csv_rows(text: &str) -> BTreeMap<(String, String), Vec<String>> {
    text.lines()
        .skip(1)
        .map(|l| {
            // Labels may be quoted and hold commas: take the ids from the front, counts from the back.
            let mut front = l.splitn(3, ',');
            let (section, item) = (front.next().unwrap(), front.next().unwrap());
            let cells: Vec<&str> = l.rsplit(',').collect();
            (
                (section.to_string(), item.to_string()),
                cells.into_iter().rev().map(str::to_string).collect(),
            )
        })
        .collect()
}

#[test]
fn the_routes_counted_are_the_routes_each_code_gives() {
    let mut lines = sample(300, 7, false);
    lines.extend(sample(200, 8, true));
    let mut tally = Tally::new();
    let mut want: BTreeMap<Option<RouteCode>, u64> = BTreeMap::new();
    for line in &lines {
        tally.add_line(line.as_bytes());
        let (_, d) = read_any(line).unwrap();
        let rules = Rules::get(d.rules_version).unwrap();
        *want
            .entry(reader_outcome(rules, &d).unwrap().route)
            .or_default() += 1;
    }
    assert_eq!(tally.codes, 500);
    assert_eq!(tally.routes, want);
    assert_eq!(
        tally.months.get(&None),
        Some(&200),
        "format 2 codes carry no month"
    );
    assert_eq!(
        tally.months.len(),
        4,
        "three months of share codes, and no month"
    );
    // Every route count that is shown is the count.
    for (route, shown) in tally.figures().routes {
        if let Shown::Exact(n) = shown {
            assert_eq!(Some(&n), want.get(&route));
        }
    }
}

#[test]
fn codes_typeable_codes_and_links_count_and_other_lines_are_skipped_by_reason() {
    let codes = sample(30, 11, false);
    let mut text = String::new();
    for (i, c) in codes.iter().enumerate() {
        match i % 3 {
            0 => text.push_str(c),
            1 => text.push_str(&to_typeable(c).unwrap()),
            _ => text.push_str(&format!("https://werkroute.example.nl/#/r/{c}")),
        }
        text.push_str(if i % 2 == 0 { "\n" } else { "\r\n" });
    }
    text.push_str(&codes[0]); // the same code again: counted, and reported as a repeat
    text.push_str("\n\n   \nhallo\nAwMBxxxx\n");
    text.push_str(&"x".repeat(5000));
    text.push('\n');
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00, 0x01, b'\n']);
    let path = file("mixed.txt", &bytes);
    let out = run_werkroute(&["overview", path.to_str().unwrap(), "--format", "csv"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = csv_rows(&String::from_utf8(out.stdout).unwrap());
    let count = |item: &str| {
        rows[&("read".to_string(), item.to_string())]
            .last()
            .unwrap()
            .clone()
    };
    assert_eq!(count("codes"), "31");
    assert_eq!(count("lines"), "35");
    assert_eq!(count("repeats"), "< 10");
    assert_eq!(count("skipped.not_a_code"), "< 10");
    assert_eq!(count("skipped.too_long"), "< 10");
    assert_eq!(count("skipped.not_text"), "< 10");
    let version = &rows[&("versions".to_string(), "version.2027.2".to_string())];
    assert_eq!(
        version.last().unwrap(),
        "31",
        "every code is of the current rules"
    );
    assert!(rows
        .keys()
        .any(|(s, i)| s == "months" && i.starts_with("month.2027-")));
    let mut tally = Tally::new();
    tally.add_text(&bytes);
    assert_eq!(tally.repeats(), 1);
    assert_eq!(tally.skipped.values().sum::<u64>(), 4);
}

#[test]
fn no_count_under_ten_comes_out_or_can_be_subtracted_back() {
    for (seed, n) in [(1u64, 40usize), (2, 120), (3, 600)] {
        let lines = sample(n, seed, seed == 2);
        let path = file(&format!("s{seed}.txt"), lines.join("\n").as_bytes());
        let out = run_werkroute(&["overview", path.to_str().unwrap(), "--format", "csv"], "");
        let csv = String::from_utf8(out.stdout).unwrap();
        for line in &lines {
            assert!(!csv.contains(line.as_str()), "a code came out");
        }
        let rows = csv_rows(&csv);
        let mut by_section: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for ((section, item), cells) in &rows {
            let c = cells.last().unwrap();
            assert!(
                c == "< 10" || c == "verborgen" || c.parse::<u64>().is_ok_and(|v| v >= MIN_COUNT),
                "{section}/{item}: {c}"
            );
            if section == "routes" && item.starts_with("route.") {
                by_section
                    .entry(section.clone())
                    .or_default()
                    .push(c.clone());
            }
        }
        // The routes add up to all codes: the ones not shown must add up to ten or more.
        let total: u64 = rows[&("read".into(), "codes".into())]
            .last()
            .unwrap()
            .parse()
            .unwrap();
        let routes = &by_section["routes"];
        let shown: u64 = routes.iter().filter_map(|c| c.parse::<u64>().ok()).sum();
        let hidden = routes.iter().filter(|c| c.parse::<u64>().is_err()).count();
        assert!(
            hidden == 0 || (hidden >= 2 && total - shown >= MIN_COUNT),
            "{routes:?} of {total}"
        );
    }
}

#[test]
fn fewer_than_ten_codes_show_no_figures() {
    let path = file("few.txt", sample(6, 5, false).join("\n").as_bytes());
    let out = run_werkroute(&["overview", path.to_str().unwrap()], "");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("minder dan 10 codes"), "{text}");
    assert!(!text.contains("Route A"), "{text}");
}

#[test]
fn a_file_without_codes_is_a_clear_error() {
    for (name, bytes) in [
        ("empty.txt", Vec::new()),
        ("binary.bin", (0..=255u8).cycle().take(100_000).collect()),
        ("text.txt", b"dit is geen code\nook niet\n".to_vec()),
    ] {
        let path = file(name, &bytes);
        let out = run_werkroute(&["overview", path.to_str().unwrap()], "");
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("geen enkele code"), "{name}: {err}");
    }
    let out = run_werkroute(&["overview", "/no/such/file"], "");
    assert_eq!(out.status.code(), Some(1));
    let out = run_werkroute(&["overview"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn two_files_compare_side_by_side_with_differences_only_where_both_show() {
    let a = file("a.txt", sample(400, 21, false).join("\n").as_bytes());
    let b = file("b.txt", sample(500, 22, false).join("\n").as_bytes());
    let out = run_werkroute(
        &[
            "overview",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "--format",
            "csv",
            "--lang",
            "en",
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("section,item,label,count_1,count_2,difference\n"));
    let rows = csv_rows(&csv);
    let codes = &rows[&("read".into(), "codes".into())];
    assert_eq!(codes[codes.len() - 3..], ["400", "500", "+100"]);
    for ((s, i), cells) in &rows {
        let (c1, c2, d) = (
            &cells[cells.len() - 3],
            &cells[cells.len() - 2],
            &cells[cells.len() - 1],
        );
        match (c1.parse::<i64>(), c2.parse::<i64>()) {
            (Ok(x), Ok(y)) => assert_eq!(d.parse::<i64>().unwrap(), y - x, "{s}/{i}"),
            _ => assert_eq!(d, "—", "{s}/{i}: no difference where a count is not shown"),
        }
    }
}
