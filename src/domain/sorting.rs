//! Sorting the app's short lists with little code: a stable insertion sort.
//!
//! The standard library's stable sort (driftsort) is built for long lists and costs about
//! 3.6 KB of wasm for every element type it sorts (13 of them: 47 KB, measured with `twiggy`).
//! Our lists hold tens of items (strengths, steps, topics, tally lines), where insertion sort is
//! as quick. Rule kept: the order is exactly `slice::sort_by`'s, equal items keeping their order
//! (a test compares the two on random lists).

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably, like `slice::sort_by`.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives, stably, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their own order, like `slice::sort`.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_same_order_as_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..80)) {
            // Each item remembers where it stood, so a tie broken differently would show.
            let items: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = items.clone();
            let mut std_sorted = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            std_sorted.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(&ours, &std_sorted);
            let mut ours = items.clone();
            let mut std_sorted = items;
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std_sorted.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn plain_sort_orders_by_the_items_themselves() {
        let mut words = vec!["zorg", "geld", "taal", "geld", "werk"];
        sort(&mut words);
        assert_eq!(words, ["geld", "geld", "taal", "werk", "zorg"]);
        let mut none: Vec<u8> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }
}
