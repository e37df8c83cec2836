//! The core of rules 2027.2 places people where the full set would, and stays short. The figures
//! come from the same code `werkroute agreement` and `werkroute length` print (docs/core.md).

use werkroute::docs::agreement::{simulate, simulate_with, Model, MODEL};
use werkroute::docs::length;
use werkroute::domain::Rules;

fn rules() -> &'static Rules {
    Rules::get("2027.2").expect("rules 2027.2")
}

#[test]
fn the_core_agrees_with_the_full_set() {
    let a = simulate(rules(), 10_000, 2027).unwrap();
    println!("{}", a.report("2027.2"));
    assert!(a.share() >= 0.93, "same outcome {:.4}", a.share());
    assert!(
        a.share_outside_grey() >= 0.99,
        "outside the grey zone {:.4}",
        a.share_outside_grey()
    );
    // The figure is not an artefact of one seed.
    let b = simulate(rules(), 10_000, 7).unwrap();
    assert!(
        b.share() >= 0.93 && b.share_outside_grey() >= 0.99,
        "seed 7: {b:?}"
    );
}

#[test]
fn a_core_that_leaves_out_what_matters_is_caught() {
    // Without the willen questions after the first three, the same simulation must show the
    // disagreement: the check can fail.
    let mut r = rules().clone();
    let j = r.journey.as_mut().unwrap();
    j.core.retain(|q| {
        !matches!(
            q.as_str(),
            "w1_miss_work" | "w2_first_step" | "w3_look_forward" | "w3_work_for_me"
        )
    });
    let a = simulate(&r, 4_000, 2027).unwrap();
    assert!(a.share() < 0.93, "{:.4}", a.share());
}

#[test]
fn same_seed_same_people() {
    let m = Model {
        a_min: 1.5,
        a_max: 3.0,
        ..MODEL
    };
    let a = simulate_with(rules(), 500, 11, m).unwrap();
    let b = simulate_with(rules(), 500, 11, m).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.table.iter().flatten().sum::<usize>(), 500);
}

#[test]
fn the_core_fits_ten_minutes_and_the_start_page_says_so() {
    let core = length::core(rules(), false).unwrap();
    let longest = length::core(rules(), true).unwrap();
    let full = length::full_set(rules(), false);
    println!("core {core:?}, longest {longest:?}, full {full:?}");
    assert!(longest.pages <= 20, "{longest:?}");
    assert!(core.words <= 600, "{core:?}");
    assert!(full.words > core.words && full.pages > core.pages);
    assert_eq!(length::core_minutes(), core.minutes());
    assert!(core.minutes() <= 10);
}
