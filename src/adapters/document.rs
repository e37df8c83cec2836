//! The document around the app: `<html lang dir class>`, `document.title`, focus on the new heading.
//!
//! Rule kept: after every screen change focus moves to the page's `h1` (WCAG 2.4.3), and the
//! title and language attributes follow the state. Missing elements are skipped, never a panic.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::i18n::Locale;

fn document() -> Option<web_sys::Document> {
    super::window()?.document()
}

/// Sets `<html lang>` and `<html dir>` for `locale`.
pub fn set_language(locale: Locale) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", locale.code());
        let _ = html.set_attribute("dir", locale.direction().as_str());
    }
}

/// Adds or removes a class on `<html>` (themes, kiosk mode, text size).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let list = html.class_list();
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// The municipality's NL Design System theme package: its stylesheet (a file of our own origin,
/// after `app.css` so its tokens win) and its root class on `<html>`; `None` takes both away.
pub fn set_theme_package(package: Option<(&str, &str)>) {
    let Some(doc) = document() else {
        return;
    };
    if let Ok(Some(old)) = doc.query_selector("link[data-theme-package]") {
        if let Some(class) = old.get_attribute("data-theme-package") {
            set_root_class(&class, false);
        }
        old.remove();
    }
    let Some((class, href)) = package else {
        return;
    };
    let (Ok(link), Ok(Some(head))) = (doc.create_element("link"), doc.query_selector("head"))
    else {
        return;
    };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("data-theme-package", class);
    let _ = head.append_child(&link);
    set_root_class(class, true);
}

/// Sets `<meta name="description">` (what the page is, in the page's language).
pub fn set_description(text: &str) {
    if let Some(meta) = document().and_then(|d| {
        d.query_selector(r#"meta[name="description"]"#)
            .ok()
            .flatten()
    }) {
        let _ = meta.set_attribute("content", text);
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to the first `h1` in `#main` (or to `#main` itself when it has none).
pub fn focus_heading() {
    let Some(d) = document() else { return };
    let target = d
        .query_selector("#main h1")
        .ok()
        .flatten()
        .or_else(|| d.get_element_by_id("main"));
    if let Some(el) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Moves focus to the first `h1` in `#main`, but only while `#main` itself has it: a screen
/// whose page arrived later than the screen change (`ui::components::ChunkedPage`) got the
/// focus on `#main` then. A page that just loaded, or a person who moved on, keeps theirs.
pub fn focus_heading_if_on_main() {
    let Some(d) = document() else { return };
    let on_main = d.active_element().is_some_and(|a| a.id() == "main");
    if on_main {
        focus_heading();
    }
}

/// What can take focus, in document order: the prerendered page and the app's first screen
/// list the same controls in the same order.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// Runs `replace`, which puts new nodes in `root` (Yew renders them in its next microtask); a
/// control inside `root` that had focus before has its counterpart (same place among the
/// focusable elements) focused after, so a keyboard user who tabbed into the prerendered page
/// does not land back at the top. The focus is set in a task queued after Yew's render, on the
/// same queue (`spawn_local` runs its tasks in order).
pub fn keeping_focus(root: &web_sys::Element, replace: impl FnOnce()) {
    let place = document()
        .and_then(|d| d.active_element())
        .filter(|active| root.contains(Some(active)))
        .and_then(|active| {
            let all = root.query_selector_all(FOCUSABLE).ok()?;
            let active: &web_sys::Node = active.as_ref();
            (0..all.length()).find(|&i| all.item(i).as_ref() == Some(active))
        });
    replace();
    let Some(place) = place else { return };
    let root = root.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let again = root
            .query_selector_all(FOCUSABLE)
            .ok()
            .and_then(|all| all.item(place))
            .and_then(|node| node.dyn_into::<HtmlElement>().ok());
        if let Some(el) = again {
            let _ = el.focus();
        }
    });
}

/// Moves focus to the element with `id`, if it exists.
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Sets a `performance.mark` (for the benchmark; harmless elsewhere).
pub fn mark(name: &str) {
    if let Some(p) = super::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
