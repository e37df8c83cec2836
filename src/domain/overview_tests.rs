//! Suppression: no count under ten is shown or can be subtracted back.

use super::*;

fn hidden_sum(cells: &[u64], shown: &[Shown]) -> (usize, u64) {
    let hidden: Vec<u64> = cells
        .iter()
        .zip(shown)
        .filter(|(_, s)| s.exact().is_none())
        .map(|(c, _)| *c)
        .collect();
    (hidden.len(), hidden.iter().sum())
}

#[test]
fn a_small_cell_hides_one_more_so_the_total_does_not_give_it_back() {
    use Shown::*;
    assert_eq!(partition(&[50, 45, 5]), vec![Exact(50), Hidden, Under]);
    assert_eq!(partition(&[95, 5]), vec![Hidden, Under]);
    assert_eq!(
        partition(&[30, 30, 40]),
        vec![Exact(30), Exact(30), Exact(40)]
    );
    assert_eq!(partition(&[0, 40, 60]), vec![Under, Hidden, Exact(60)]);
    // Two small cells that add up to under ten: a third goes too.
    assert_eq!(
        partition(&[3, 4, 50, 60]),
        vec![Under, Under, Hidden, Exact(60)]
    );
    // Two small cells that add up to ten or more: enough.
    assert_eq!(partition(&[6, 7, 50]), vec![Under, Under, Exact(50)]);
    assert_eq!(partition(&[]), vec![]);
}

#[test]
fn a_part_whose_rest_is_small_is_hidden() {
    assert_eq!(part_of(5, 100), Shown::Under);
    assert_eq!(part_of(95, 100), Shown::Hidden);
    assert_eq!(part_of(100, 100), Shown::Exact(100));
    assert_eq!(part_of(50, 100), Shown::Exact(50));
    assert_eq!(part_of(0, 100), Shown::Under);
}

#[test]
fn no_partition_leaves_a_small_count_to_subtract() {
    // Every partition of up to six cells with counts from a spread of small and large values.
    let values = [0u64, 1, 4, 9, 10, 11, 25, 80];
    let mut cells = [0usize; 4];
    let mut checked = 0;
    loop {
        let counts: Vec<u64> = cells.iter().map(|&i| values[i]).collect();
        let shown = partition(&counts);
        for (c, s) in counts.iter().zip(&shown) {
            match s {
                Shown::Exact(n) => assert!(*n == *c && *c >= MIN_COUNT, "{counts:?} {shown:?}"),
                Shown::Under => assert!(*c < MIN_COUNT),
                Shown::Hidden => assert!(*c >= MIN_COUNT),
            }
        }
        let (n, sum) = hidden_sum(&counts, &shown);
        assert!(
            n == 0 || (n >= 2 && sum >= MIN_COUNT) || n == counts.len(),
            "{counts:?} -> {shown:?}: the hidden cells add up to {sum}"
        );
        checked += 1;
        // Next combination.
        let mut i = 0;
        while i < cells.len() {
            cells[i] += 1;
            if cells[i] < values.len() {
                break;
            }
            cells[i] = 0;
            i += 1;
        }
        if i == cells.len() {
            break;
        }
    }
    assert_eq!(checked, values.len().pow(4));
}

#[test]
fn lines_that_are_no_code_are_counted_by_reason() {
    let mut t = Tally::new();
    t.add_line(b"");
    t.add_line(b"   ");
    t.add_line(b"hallo");
    t.add_line(&[0xff, 0xfe, 0x00]);
    t.add_line(&vec![b'A'; MAX_LINE + 1]);
    assert_eq!(t.lines, 3);
    assert_eq!(t.codes, 0);
    assert_eq!(t.skipped[&Skipped::NotACode], 1);
    assert_eq!(t.skipped[&Skipped::NotText], 1);
    assert_eq!(t.skipped[&Skipped::TooLong], 1);
    let f = t.figures();
    assert!(f.too_few);
    assert_eq!(f.codes, Shown::Under);
}

#[test]
fn a_code_of_an_unknown_version_or_format_is_counted_apart() {
    use crate::domain::code::sealed;
    let mut t = Tally::new();
    t.add_line(sealed([&[1u8, 200][..], &[0; 14]].concat()).as_bytes());
    t.add_line(sealed(vec![9; 16]).as_bytes());
    assert_eq!(
        t.skipped.get(&Skipped::UnknownVersion),
        Some(&2),
        "{:?}",
        t.skipped
    );
    assert_eq!(t.codes, 0);
}
