//! Prerenders the start page: renders the Yew root natively (server renderer) for a fresh visitor
//! in the default language and configuration, and writes it into the `#app` element of the page.
//! The wasm app replaces it on mount, so the first paint needs no script.
//!
//! `prerender IN.html OUT.html` (scripts/build.sh). Fails with a clear message when the template
//! has no `<title>Werkroute</title>` or no empty `<div id="app"></div>` to fill.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: prerender IN.html OUT.html");
        std::process::exit(2);
    };
    let result = std::fs::read_to_string(input)
        .map_err(|e| format!("{input}: {e}"))
        .and_then(|page| {
            let start = werkroute::ui::prerender::start_page();
            werkroute::docs::page::fill_page(&page, &start)
        })
        .and_then(|html| std::fs::write(output, html).map_err(|e| format!("{output}: {e}")));
    if let Err(e) = result {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}
