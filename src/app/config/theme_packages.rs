//! The published NL Design System theme packages this build ships (`styles/nlds.json`, copied
//! unchanged into `dist/themes/<id>/` by `scripts/nlds.mjs`): a municipality names one in its
//! configuration as `theme_package` { `class`, `stylesheet` }.
//!
//! Rule kept: a configuration may only name a stylesheet the build ships, with the root class that
//! package styles (a stylesheet from elsewhere, or a class the package never uses, would load
//! nothing or look broken, silently).

use serde::Deserialize;

/// One shipped theme package.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ThemePackageFile {
    pub id: String,
    pub package: String,
    /// The file inside the npm package, e.g. `dist/theme.css`.
    pub file: String,
    /// The root class the package's tokens are set under, e.g. `voorbeeld-theme`.
    pub class: String,
}

impl ThemePackageFile {
    /// Where the build puts it, relative to the app: `themes/<id>/<file name>`.
    pub fn stylesheet(&self) -> String {
        let name = self.file.rsplit('/').next().unwrap_or(&self.file);
        format!("themes/{}/{name}", self.id)
    }
}

#[derive(Deserialize)]
struct List {
    themes: Vec<ThemePackageFile>,
}

/// Every shipped theme package, in the list's order. The list is part of the build: a broken one
/// fails the tests, so here it is read without a fallback.
pub fn shipped() -> Vec<ThemePackageFile> {
    serde_json::from_str::<List>(include_str!("../../../styles/nlds.json"))
        .map(|l| l.themes)
        .unwrap_or_default()
}

/// The shipped package whose stylesheet is `stylesheet`.
pub fn by_stylesheet(stylesheet: &str) -> Option<ThemePackageFile> {
    shipped().into_iter().find(|t| t.stylesheet() == stylesheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_and_names_three_packages_with_their_files() {
        let all = shipped();
        assert!(all.len() >= 3, "{all:?}");
        let v = by_stylesheet("themes/voorbeeld/theme.css").unwrap();
        assert_eq!(v.class, "voorbeeld-theme");
        assert!(by_stylesheet("themes/elsewhere.css").is_none());
    }
}
