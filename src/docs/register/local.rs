//! One municipality's algorithm-register entry: the generic entry with the municipality's name
//! and contact filled in, and a section on how it uses the check (languages, form of address,
//! the parts it switched on or off, its local services, its own crisis numbers, the kiosk).
//! `werkroute rules --format markdown --config FILE` prints it; the generic entry stays as it is.
//!
//! Rule kept: everything here comes from the validated configuration and the catalogs; a contact
//! field the configuration leaves out stays a visible `{{placeholder}}`, never a made-up value.

use crate::app::config::Config;
use crate::domain::ids::ModuleId;
use crate::domain::rules::Rules;
use crate::i18n::{t, Locale};

struct Local {
    title: &'static str,
    intro: &'static str,
    languages: &'static str,
    formality: &'static str,
    je: &'static str,
    u: &'static str,
    modules: &'static str,
    col_part: &'static str,
    col_web: &'static str,
    col_kiosk: &'static str,
    on: &'static str,
    off: &'static str,
    services: &'static str,
    no_services: &'static str,
    col_step: &'static str,
    col_service: &'static str,
    col_phone: &'static str,
    col_web_address: &'static str,
    acute: &'static str,
    kiosk: &'static str,
    print_on: &'static str,
    print_off: &'static str,
}

const NL: Local = Local {
    title: "## Zo gebruikt {name} de check",
    intro: "Dit deel komt uit de instellingen van {name} (`gemeenten/{id}.json`).",
    languages: "- Talen: {list}.",
    formality: "- Aanspreekvorm: {form}.",
    je: "je",
    u: "u",
    modules: "Onderdelen die {name} aan- of uitzette:",
    col_part: "Onderdeel",
    col_web: "Op de website",
    col_kiosk: "Op de kiosk",
    on: "aan",
    off: "uit",
    services: "Hulp in de buurt bij de stappen:",
    no_services: "Bij de stappen staat geen eigen hulp in de buurt: alleen de tekst van de stap.",
    col_step: "Stap",
    col_service: "Hulp in de buurt",
    col_phone: "Telefoon",
    col_web_address: "Website",
    acute: "Eigen nummers voor direct hulp:",
    kiosk: "- Kiosk: na {idle} seconden zonder aanraking vraagt de app \"Ben je er nog?\" en wist na {countdown} seconden alles. {print}",
    print_on: "Printen kan.",
    print_off: "Printen kan niet.",
};

const EN: Local = Local {
    title: "## How {name} uses the check",
    intro: "This part comes from the settings of {name} (`gemeenten/{id}.json`).",
    languages: "- Languages: {list}.",
    formality: "- Form of address in Dutch: {form}.",
    je: "je (informal)",
    u: "u (formal)",
    modules: "Parts {name} switched on or off:",
    col_part: "Part",
    col_web: "On the website",
    col_kiosk: "On the kiosk",
    on: "on",
    off: "off",
    services: "Local help with the steps:",
    no_services: "The steps list no local help of their own: only the step's text.",
    col_step: "Step",
    col_service: "Local help",
    col_phone: "Phone",
    col_web_address: "Website",
    acute: "Own numbers for help right now:",
    kiosk: "- Kiosk: after {idle} seconds without a touch the app asks \"Are you still there?\" and wipes everything after {countdown} seconds. {print}",
    print_on: "Printing is possible.",
    print_off: "Printing is not possible.",
};

/// The generic entry of `rules` in `locale`, made the entry of the municipality in `config`.
pub fn register_markdown_for(rules: &Rules, locale: Locale, config: &Config) -> String {
    let generic = super::register_markdown(rules, locale);
    let contact = config.contact.clone().unwrap_or_default();
    let mut out = generic.replace("{{gemeente}}", &config.name);
    for (placeholder, value) in [
        ("{{afdeling}}", contact.department),
        ("{{e-mail}}", contact.email),
        ("{{telefoon}}", contact.phone),
        ("{{klachtenregeling}}", contact.complaints),
        ("{{datum}}", contact.in_use_since),
    ] {
        if let Some(v) = value {
            out = out.replace(placeholder, &v);
        }
    }
    let section = local_section(locale, config);
    let generic_command = super::register_command(locale);
    let command = format!("{generic_command} --config gemeenten/{}.json", config.id);
    out = out.replace(&format!("`{generic_command}`"), &format!("`{command}`"));
    // The municipality's own part goes before the contact section (the last one).
    match out.rfind("\n## ") {
        Some(at) => out.insert_str(at + 1, &section),
        None => out.push_str(&section),
    }
    out
}

fn local_section(locale: Locale, c: &Config) -> String {
    let w = if locale == Locale::Nl { &NL } else { &EN };
    let fill = |s: &str| s.replace("{name}", &c.name).replace("{id}", &c.id);
    let mut s = format!("{}\n\n{}\n\n", fill(w.title), fill(w.intro));
    let languages: Vec<&str> = c.languages.iter().map(|l| l.endonym()).collect();
    s.push_str(&w.languages.replace("{list}", &languages.join(", ")));
    s.push('\n');
    let form = match c.formality {
        crate::i18n::Formality::Je => w.je,
        crate::i18n::Formality::U => w.u,
    };
    s.push_str(&w.formality.replace("{form}", form));
    s.push('\n');
    let print = if c.kiosk.print {
        w.print_on
    } else {
        w.print_off
    };
    s.push_str(
        &w.kiosk
            .replace("{idle}", &c.kiosk.idle_seconds.to_string())
            .replace("{countdown}", &c.kiosk.countdown_seconds.to_string())
            .replace("{print}", print),
    );
    s.push_str("\n\n");
    s.push_str(&fill(w.modules));
    s.push_str(&format!(
        "\n\n| {} | {} | {} |\n|---|---|---|\n",
        w.col_part, w.col_web, w.col_kiosk
    ));
    for m in ModuleId::ALL {
        let switch = c.modules.get(m).copied().unwrap_or_default();
        let name = t(locale, &format!("barrier.{m}.name"));
        let yes = |b: bool| if b { w.on } else { w.off };
        s.push_str(&format!(
            "| {name} (`{m}`) | {} | {} |\n",
            yes(switch.web),
            yes(switch.kiosk)
        ));
    }
    s.push('\n');
    if c.services.is_empty() {
        s.push_str(w.no_services);
        s.push_str("\n\n");
    } else {
        s.push_str(w.services);
        s.push_str(&format!(
            "\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
            w.col_step, w.col_service, w.col_phone, w.col_web_address
        ));
        for (step, list) in &c.services {
            let title = t(locale, &format!("step.{step}.title"));
            for service in list {
                let line = service.description.get(locale, c.default_language);
                s.push_str(&format!(
                    "| {title} | **{}**: {line} | {} | {} |\n",
                    cell(&service.name),
                    cell(&service.phone),
                    service.url.as_deref().map(cell).unwrap_or_default()
                ));
            }
        }
        s.push('\n');
    }
    if !c.acute.is_empty() {
        s.push_str(w.acute);
        s.push_str("\n\n");
        for a in &c.acute {
            s.push_str(&format!(
                "- {}: {}\n",
                a.label.get(locale, c.default_language),
                a.phone
            ));
        }
        s.push('\n');
    }
    s
}

/// Text for a Markdown table cell: a `|` would end the cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
