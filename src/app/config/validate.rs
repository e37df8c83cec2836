//! The walk over a configuration's JSON value that finds every problem, each with its JSON path.
//!
//! Rule kept: the walk never stops at the first problem. A wrong type, unknown key or bad value is
//! noted and the walk goes on with the parts it can still read, so one run lists everything to fix.

use serde_json::{Map, Value};

use super::formats::{check_url, is_dutch_phone, valid_id, valid_logo, valid_page};
use super::{ConfigProblem, THEMES};
use crate::domain::ids::ModuleId;
use crate::domain::steps::StepId;
use crate::i18n::Locale;

const TOP: &[&str] = &[
    "id",
    "name",
    "logo",
    "formality",
    "default_language",
    "languages",
    "theme",
    "theme_package",
    "kiosk",
    "modules",
    "acute",
    "services",
    "quick_exit",
    "contact",
];
const TOP_REQUIRED: &[&str] = &["id", "name", "default_language", "languages"];
const THEME_PACKAGE: &[&str] = &["class", "stylesheet"];
const KIOSK: &[&str] = &["idle_seconds", "countdown_seconds", "print"];
const MODULE: &[&str] = &["web", "kiosk"];
const ACUTE: &[&str] = &["label", "phone"];
const CONTACT: &[&str] = &["department", "email", "phone", "complaints", "in_use_since"];
const SERVICE: &[&str] = &[
    "name",
    "description",
    "phone",
    "address",
    "opening_hours",
    "url",
];
const SERVICE_REQUIRED: &[&str] = &["name", "description", "phone"];
/// A description is one short line.
const MAX_LINE: usize = 200;

/// Every problem in a configuration's JSON value; empty when it is fine.
pub fn validate(value: &Value) -> Vec<ConfigProblem> {
    let mut walk = Walk {
        problems: Vec::new(),
        offered: Vec::new(),
    };
    walk.root(value);
    walk.problems
}

struct Walk {
    problems: Vec<ConfigProblem>,
    /// The offered languages that could be read, for the translation checks.
    offered: Vec<Locale>,
}

/// `path` extended by an object key: `$.kiosk`, or `$["odd key"]` when the key is not a name.
fn key(path: &str, k: &str) -> String {
    let plain = k.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{path}.{k}")
    } else {
        format!("{path}[{}]", Value::from(k))
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// "unknown <what> "<got>"", with the closest known name when one is close (not for short
/// names such as language codes, where every code is close).
fn unknown<'a>(what: &str, got: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    let best = known
        .into_iter()
        .map(|k| (distance(got, k), k))
        .min()
        .filter(|(d, _)| got.chars().count() >= 4 && *d <= 2.max(got.len() / 3));
    match best {
        Some((_, k)) => format!("unknown {what} \"{got}\"; did you mean \"{k}\"?"),
        None => format!("unknown {what} \"{got}\""),
    }
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

impl Walk {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(ConfigProblem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn wrong(&mut self, path: &str, expected: &str, v: &Value) {
        self.problem(path, format!("expected {expected}, found {}", kind(v)));
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        let obj = v.as_object();
        if obj.is_none() {
            self.wrong(path, "an object", v);
        }
        obj
    }

    fn list<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Vec<Value>> {
        let list = v.as_array();
        if list.is_none() {
            self.wrong(path, "a list", v);
        }
        list
    }

    /// Unknown keys and missing required keys of an object.
    fn fields(
        &mut self,
        obj: &Map<String, Value>,
        path: &str,
        allowed: &[&str],
        required: &[&str],
    ) {
        for k in obj.keys() {
            if !allowed.contains(&k.as_str()) {
                let msg = unknown("field", k, allowed.iter().copied());
                self.problem(key(path, k), msg);
            }
        }
        for r in required {
            if !obj.contains_key(*r) {
                self.problem(key(path, r), "missing (this field is required)");
            }
        }
    }

    /// A string that is not blank.
    fn string<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v str> {
        match v.as_str() {
            None => {
                self.wrong(path, "a string", v);
                None
            }
            Some(s) if s.trim().is_empty() => {
                self.problem(path, "must not be empty");
                None
            }
            Some(s) => Some(s),
        }
    }

    /// A string of one short line.
    fn line<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v str> {
        let s = self.string(v, path)?;
        if s.contains(['\n', '\r']) {
            self.problem(path, "must be one line (no line breaks)");
        } else if s.chars().count() > MAX_LINE {
            self.problem(
                path,
                format!("is longer than {MAX_LINE} characters: keep it to one short line"),
            );
        }
        Some(s)
    }

    fn boolean(&mut self, v: &Value, path: &str) {
        if !v.is_boolean() {
            self.wrong(path, "true or false", v);
        }
    }

    fn seconds(&mut self, v: &Value, path: &str, min: u64, max: u64) {
        match v.as_u64() {
            Some(n) if n < min => self.problem(path, format!("must be at least {min} seconds")),
            Some(n) if n > max => self.problem(path, format!("must be at most {max} seconds")),
            Some(_) => {}
            None if v.is_number() => {
                self.problem(path, format!("expected a whole number, found {v}"))
            }
            None => self.wrong(path, "a whole number", v),
        }
    }

    fn language_code(&mut self, code: &str, path: &str) -> Option<Locale> {
        let found = Locale::ALL.iter().copied().find(|l| l.code() == code);
        if found.is_none() {
            let known: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
            let msg = format!(
                "{} (known: {})",
                unknown("language", code, known.iter().copied()),
                known.join(", ")
            );
            self.problem(path, msg);
        }
        found
    }

    fn language(&mut self, v: &Value, path: &str) -> Option<Locale> {
        let code = self.string(v, path)?;
        self.language_code(code, path)
    }

    fn phone(&mut self, v: &Value, path: &str) {
        if let Some(s) = self.string(v, path) {
            if !is_dutch_phone(s) {
                self.problem(path, format!("malformed phone number \"{s}\""));
            }
        }
    }

    /// A text per language: known codes, one line each, and one for every offered language.
    fn texts(&mut self, v: &Value, path: &str) {
        let Some(obj) = self.object(v, path) else {
            return;
        };
        for (code, text) in obj {
            let here = key(path, code);
            self.language_code(code, &here);
            self.line(text, &here);
        }
        for l in self.offered.clone() {
            if !obj.contains_key(l.code()) {
                self.problem(
                    key(path, l.code()),
                    "missing translation: every language in $.languages needs one",
                );
            }
        }
    }

    fn root(&mut self, v: &Value) {
        let Some(obj) = self.object(v, "$") else {
            return;
        };
        self.fields(obj, "$", TOP, TOP_REQUIRED);
        if let Some(v) = obj.get("id") {
            if let Some(s) = self.string(v, "$.id") {
                if !valid_id(s) {
                    self.problem(
                        "$.id",
                        format!("\"{s}\" may only use a-z, 0-9 and - (at most 40)"),
                    );
                }
            }
        }
        if let Some(v) = obj.get("name") {
            self.line(v, "$.name");
        }
        if let Some(v) = obj.get("logo") {
            if let Some(s) = self.string(v, "$.logo") {
                if !valid_logo(s) {
                    self.problem(
                        "$.logo",
                        format!("must be a path such as gemeenten/<id>.svg (.svg or .png), found \"{s}\""),
                    );
                }
            }
        }
        if let Some(v) = obj.get("quick_exit") {
            if let Some(s) = self.string(v, "$.quick_exit") {
                if !valid_page(s) && check_url(s).is_err() {
                    self.problem(
                        "$.quick_exit",
                        format!("must be an https address or a page such as neutral.html, found \"{s}\""),
                    );
                }
            }
        }
        if let Some(v) = obj.get("formality") {
            if let Some(s) = self.string(v, "$.formality") {
                if s != "je" && s != "u" {
                    self.problem(
                        "$.formality",
                        format!("must be \"je\" or \"u\", found \"{s}\""),
                    );
                }
            }
        }
        self.languages(obj);
        if let Some(v) = obj.get("theme") {
            self.theme(v);
        }
        if let Some(v) = obj.get("theme_package") {
            self.theme_package(v);
        }
        if let Some(v) = obj.get("kiosk") {
            self.kiosk(v);
        }
        if let Some(v) = obj.get("modules") {
            self.modules(v);
        }
        if let Some(v) = obj.get("acute") {
            self.acute(v);
        }
        if let Some(v) = obj.get("services") {
            self.services(v);
        }
        if let Some(v) = obj.get("contact") {
            self.contact(v);
        }
    }

    /// Who answers questions about the rules, for the municipality's algorithm-register entry.
    fn contact(&mut self, v: &Value) {
        let Some(obj) = self.object(v, "$.contact") else {
            return;
        };
        self.fields(obj, "$.contact", CONTACT, &[]);
        if let Some(v) = obj.get("department") {
            self.line(v, "$.contact.department");
        }
        if let Some(s) = obj
            .get("email")
            .and_then(|v| self.string(v, "$.contact.email"))
        {
            let ok = s.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !s.contains(char::is_whitespace)
            });
            if !ok {
                self.problem("$.contact.email", format!("not an e-mail address: \"{s}\""));
            }
        }
        if let Some(v) = obj.get("phone") {
            self.phone(v, "$.contact.phone");
        }
        if let Some(s) = obj
            .get("complaints")
            .and_then(|v| self.string(v, "$.contact.complaints"))
        {
            if let Err(e) = check_url(s) {
                self.problem("$.contact.complaints", e);
            }
        }
        if let Some(s) = obj
            .get("in_use_since")
            .and_then(|v| self.string(v, "$.contact.in_use_since"))
        {
            let b = s.as_bytes();
            let ok = b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && s.chars()
                    .enumerate()
                    .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
            if !ok {
                self.problem(
                    "$.contact.in_use_since",
                    format!("must be a date such as 2027-04-01, found \"{s}\""),
                );
            }
        }
    }

    fn languages(&mut self, obj: &Map<String, Value>) {
        let mut listed = false;
        if let Some(list) = obj
            .get("languages")
            .and_then(|v| self.list(v, "$.languages"))
        {
            listed = true;
            if list.is_empty() {
                self.problem("$.languages", "must offer at least one language");
            }
            for (i, v) in list.iter().enumerate() {
                let path = format!("$.languages[{i}]");
                if let Some(l) = self.language(v, &path) {
                    if self.offered.contains(&l) {
                        self.problem(path, format!("\"{}\" is listed twice", l.code()));
                    } else {
                        self.offered.push(l);
                    }
                }
            }
        }
        if let Some(v) = obj.get("default_language") {
            if let Some(l) = self.language(v, "$.default_language") {
                if listed && !self.offered.contains(&l) {
                    self.problem(
                        "$.default_language",
                        format!("\"{}\" is not offered in $.languages", l.code()),
                    );
                }
            }
        }
    }

    fn theme(&mut self, v: &Value) {
        let Some(s) = self.string(v, "$.theme") else {
            return;
        };
        if !THEMES.contains(&s) {
            let msg = format!(
                "{} (themes: {})",
                unknown("theme", s, THEMES.iter().copied()),
                THEMES.join(", ")
            );
            self.problem("$.theme", msg);
        }
    }

    /// A shipped theme package, named by its stylesheet, with the root class it styles.
    fn theme_package(&mut self, v: &Value) {
        let Some(obj) = self.object(v, "$.theme_package") else {
            return;
        };
        self.fields(obj, "$.theme_package", THEME_PACKAGE, THEME_PACKAGE);
        let shipped = super::theme_packages::shipped();
        let stylesheet = obj
            .get("stylesheet")
            .and_then(|v| self.string(v, "$.theme_package.stylesheet"));
        let class = obj
            .get("class")
            .and_then(|v| self.string(v, "$.theme_package.class"));
        let Some(stylesheet) = stylesheet else {
            return;
        };
        let Some(package) = super::theme_packages::by_stylesheet(stylesheet) else {
            let files: Vec<String> = shipped.iter().map(|t| t.stylesheet()).collect();
            let msg = format!(
                "{} (shipped: {})",
                unknown(
                    "theme package stylesheet",
                    stylesheet,
                    files.iter().map(String::as_str)
                ),
                files.join(", ")
            );
            self.problem("$.theme_package.stylesheet", msg);
            return;
        };
        if let Some(class) = class.filter(|c| *c != package.class) {
            self.problem(
                "$.theme_package.class",
                format!(
                    "{} sets its tokens under \"{}\", not \"{class}\"",
                    package.package, package.class
                ),
            );
        }
    }

    fn kiosk(&mut self, v: &Value) {
        let Some(obj) = self.object(v, "$.kiosk") else {
            return;
        };
        self.fields(obj, "$.kiosk", KIOSK, &[]);
        if let Some(v) = obj.get("idle_seconds") {
            self.seconds(v, "$.kiosk.idle_seconds", 30, 3600);
        }
        if let Some(v) = obj.get("countdown_seconds") {
            self.seconds(v, "$.kiosk.countdown_seconds", 20, 600);
        }
        if let Some(v) = obj.get("print") {
            self.boolean(v, "$.kiosk.print");
        }
    }

    fn modules(&mut self, v: &Value) {
        let Some(obj) = self.object(v, "$.modules") else {
            return;
        };
        for (name, switch) in obj {
            let path = key("$.modules", name);
            if ModuleId::parse(name).is_none() {
                let msg = unknown("module", name, ModuleId::ALL.iter().map(|m| m.as_str()));
                self.problem(&path, msg);
            }
            if let Some(sw) = self.object(switch, &path) {
                self.fields(sw, &path, MODULE, &[]);
                for (k, v) in sw.iter().filter(|(k, _)| MODULE.contains(&k.as_str())) {
                    self.boolean(v, &key(&path, k));
                }
            }
        }
    }

    fn acute(&mut self, v: &Value) {
        let Some(list) = self.list(v, "$.acute") else {
            return;
        };
        for (i, item) in list.iter().enumerate() {
            let path = format!("$.acute[{i}]");
            let Some(obj) = self.object(item, &path) else {
                continue;
            };
            self.fields(obj, &path, ACUTE, ACUTE);
            if let Some(v) = obj.get("label") {
                self.texts(v, &key(&path, "label"));
            }
            if let Some(v) = obj.get("phone") {
                self.phone(v, &key(&path, "phone"));
            }
        }
    }

    fn services(&mut self, v: &Value) {
        let Some(obj) = self.object(v, "$.services") else {
            return;
        };
        for (step, list) in obj {
            let path = key("$.services", step);
            if StepId::parse(step).is_none() {
                let msg = unknown("step id", step, StepId::ALL.iter().map(|s| s.as_str()));
                self.problem(&path, msg);
            }
            let Some(list) = self.list(list, &path) else {
                continue;
            };
            for (i, item) in list.iter().enumerate() {
                self.service(item, &format!("{path}[{i}]"));
            }
        }
    }

    fn service(&mut self, v: &Value, path: &str) {
        let Some(obj) = self.object(v, path) else {
            return;
        };
        self.fields(obj, path, SERVICE, SERVICE_REQUIRED);
        if let Some(v) = obj.get("name") {
            self.line(v, &key(path, "name"));
        }
        if let Some(v) = obj.get("description") {
            self.texts(v, &key(path, "description"));
        }
        if let Some(v) = obj.get("phone") {
            self.phone(v, &key(path, "phone"));
        }
        if let Some(v) = obj.get("address") {
            self.line(v, &key(path, "address"));
        }
        if let Some(v) = obj.get("opening_hours") {
            self.texts(v, &key(path, "opening_hours"));
        }
        if let Some(v) = obj.get("url") {
            let here = key(path, "url");
            if let Some(s) = self.string(v, &here) {
                if let Err(msg) = check_url(s) {
                    self.problem(here, msg);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_suggestions() {
        assert_eq!(key("$", "kiosk"), "$.kiosk");
        assert_eq!(key("$.services", "odd key"), "$.services[\"odd key\"]");
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(
            unknown(
                "step id",
                "step_wsp_tlak",
                StepId::ALL.iter().map(|s| s.as_str())
            ),
            "unknown step id \"step_wsp_tlak\"; did you mean \"step_wsp_talk\"?"
        );
        assert_eq!(
            unknown("module", "zzz", ["alcohol_drugs"]),
            "unknown module \"zzz\""
        );
    }
}
