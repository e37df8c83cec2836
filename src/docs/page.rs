//! The page template with the prerendered start page written in (see `ui::prerender` and
//! `src/bin/prerender.rs`). Pure string work, tested natively.

/// The class of the element around the prerendered markup. `www/boot.js` hides it when the
/// visit will not start on the default start page (a deep link, another language, a kiosk, a
/// municipality, saved answers), so that page does not flash by before the app replaces it.
pub const PRERENDERED_CLASS: &str = "app-prerendered";

/// What the build writes into the page template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prerendered {
    /// The document title, as the app sets it on the same screen.
    pub title: String,
    /// What the page is, for search engines and link previews (`<meta name="description">`).
    pub description: String,
    /// The HTML that goes inside `#app`.
    pub body: String,
}

/// `page` with the title in its `<title>`, the description in its `<meta name="description">`
/// and the body inside its empty `<div id="app"></div>`.
/// An error when the template does not have exactly one of each, so a changed template fails
/// the build instead of shipping an empty first screen.
pub fn fill_page(page: &str, pre: &Prerendered) -> Result<String, String> {
    let page = replace_once(
        page,
        "<title>Werkroute</title>",
        &format!("<title>{}</title>", escape(&pre.title)),
    )?;
    let page = replace_once(
        &page,
        r#"<meta name="description" content="Werkroute">"#,
        &format!(
            r#"<meta name="description" content="{}">"#,
            escape(&pre.description)
        ),
    )?;
    let filled = format!(
        r#"<div id="app"><div class="{PRERENDERED_CLASS}">{}</div></div>"#,
        pre.body
    );
    replace_once(&page, r#"<div id="app"></div>"#, &filled)
}

fn replace_once(page: &str, what: &str, with: &str) -> Result<String, String> {
    match page.matches(what).count() {
        1 => Ok(page.replacen(what, with, 1)),
        n => Err(format!(
            "the page template needs exactly one {what}, found {n}"
        )),
    }
}

/// Text made safe for an HTML element's content.
/// Text for an element or a double-quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pre() -> Prerendered {
        Prerendered {
            title: "Start & <meer>".into(),
            description: "Een \"check\" & meer".into(),
            body: "<main>hoi</main>".into(),
        }
    }

    #[test]
    fn fills_title_description_and_app() {
        let page = r#"<title>Werkroute</title><meta name="description" content="Werkroute"><body><div id="app"></div></body>"#;
        assert_eq!(
            fill_page(page, &pre()).unwrap(),
            r#"<title>Start &amp; &lt;meer&gt;</title><meta name="description" content="Een &quot;check&quot; &amp; meer"><body><div id="app"><div class="app-prerendered"><main>hoi</main></div></div></body>"#
        );
    }

    #[test]
    fn a_template_without_an_empty_app_is_an_error() {
        let err = fill_page(
            "<title>Werkroute</title><meta name=\"description\" content=\"Werkroute\"><div id=\"app\">x</div>",
            &pre(),
        )
        .unwrap_err();
        assert!(err.contains("found 0"), "{err}");
    }
}
