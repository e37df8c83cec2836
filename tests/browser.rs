//! Browser unit tests (wasm-bindgen-test in headless Chromium): mount the real app, click, and
//! check the DOM, focus and `<html lang>`. Run with
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

thread_local! {
    /// The app of the previous test, destroyed before the next mounts, so tests never share
    /// listeners (an old app would follow the new app's URL changes).
    static CURRENT: std::cell::RefCell<Option<yew::AppHandle<werkroute::ui::App>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts a fresh app into a new `#app` element at the start screen.
async fn mount() -> web_sys::Element {
    if let Some(old) = CURRENT.with(|c| c.borrow_mut().take()) {
        old.destroy();
    }
    let doc = document();
    if let Some(old) = doc.get_element_by_id("app") {
        old.remove();
    }
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/")
        .unwrap();
    let root = doc.create_element("div").unwrap();
    root.set_id("app");
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<werkroute::ui::App>::with_root(root.clone()).render();
    CURRENT.with(|c| *c.borrow_mut() = Some(handle));
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// Waits (up to a second) until `done` holds: the title and the address follow the screen
/// after the next paint, not in the same task.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..50 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn has(root: &web_sys::Element, selector: &str) -> bool {
    root.query_selector(selector).ok().flatten().is_some()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn start_page_shows_the_product_and_sets_html_lang() {
    let root = mount().await;
    assert!(text(&root, "h1").contains("Werkroute"));
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("nl"));
    assert_eq!(html.get_attribute("dir").as_deref(), Some("ltr"));
}

#[wasm_bindgen_test]
async fn start_button_opens_question_one_and_focuses_its_heading() {
    let root = mount().await;
    click(&root, "main a.app-button");
    until(|| has(&root, "fieldset legend h1")).await;
    let h1 = root
        .query_selector("fieldset legend h1")
        .unwrap()
        .expect("question heading in legend");
    let active = document().active_element().expect("something has focus");
    assert!(
        active.is_same_node(Some(&h1)),
        "focus is on the question heading"
    );
    until(|| document().title().starts_with("Vraag 1 van ")).await;
    assert!(
        document().title().starts_with("Vraag 1 van "),
        "title: {}",
        document().title()
    );
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/vraag/1"
    );
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_shows_a_focused_error_summary() {
    let root = mount().await;
    click(&root, "main a.app-button");
    // The question's own form (the start page has a form too: typing a code).
    until(|| has(&root, "fieldset legend h1")).await;
    click(&root, "form button[type=submit]");
    until(|| has(&root, "#error-summary")).await;
    let summary = root
        .query_selector("#error-summary")
        .unwrap()
        .expect("error summary");
    let active = document().active_element().unwrap();
    assert!(
        active.is_same_node(Some(&summary)),
        "focus is on <{} id={:?} class={:?}>",
        active.tag_name(),
        active.id(),
        active.class_name()
    );
    until(|| document().title().starts_with("Fout: ")).await;
    assert!(document().title().starts_with("Fout: "));
    // Choosing an answer and continuing moves on to question 2.
    click(&root, "main input[type=radio]");
    settle().await;
    click(&root, "form button[type=submit]");
    until(|| text(&root, ".app-progress").starts_with("Vraag 2 van ")).await;
    assert!(text(&root, ".app-progress").starts_with("Vraag 2 van "));
    assert!(root.query_selector("#error-summary").unwrap().is_none());
}

/// English merged as `scripts/catalogs.mjs` writes `dist/i18n/en.json`.
fn english_catalog() -> String {
    let mut merged = serde_json::Map::new();
    for part in [
        include_str!("../src/i18n/catalogs/en/ui.json"),
        include_str!("../src/i18n/catalogs/en/content.json"),
        include_str!("../src/i18n/catalogs/en/plural.json"),
    ] {
        let serde_json::Value::Object(map) = serde_json::from_str(part).unwrap() else {
            panic!("a catalog file is an object");
        };
        merged.extend(map);
    }
    serde_json::Value::Object(merged).to_string()
}

fn choose_language(root: &web_sys::Element, code: &str) {
    let select = root
        .query_selector("#app-language")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlSelectElement>()
        .unwrap();
    select.set_value(code);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

fn html_lang() -> Option<String> {
    document().document_element().unwrap().get_attribute("lang")
}

#[wasm_bindgen_test]
async fn switching_language_changes_texts_and_html_lang() {
    // What the loader does once `i18n/en.json` has arrived (this test server has no dist/).
    werkroute::i18n::Catalog::install(werkroute::i18n::Locale::En, &english_catalog()).unwrap();
    let root = mount().await;
    choose_language(&root, "en");
    until(|| html_lang().as_deref() == Some("en")).await;
    assert_eq!(html_lang().as_deref(), Some("en"));
    assert!(
        text(&root, "h1").contains("your steps towards work"),
        "{}",
        text(&root, "h1")
    );
}

#[wasm_bindgen_test]
async fn a_language_that_cannot_be_fetched_keeps_the_page_in_dutch_and_says_so() {
    let root = mount().await;
    choose_language(&root, "ar"); // this test server has no i18n/ar.json
    until(|| text(&root, ".app-status").contains("We kunnen die taal nu niet laden")).await;
    assert!(text(&root, ".app-status")
        .contains("We kunnen die taal nu niet laden. Probeer het later nog een keer."));
    assert_eq!(html_lang().as_deref(), Some("nl"));
    assert!(text(&root, "h1").contains("jouw stappen naar werk"));
}
