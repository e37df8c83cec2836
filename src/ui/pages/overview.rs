//! `#/overzicht`: the overview for policy. A policy officer opens a file of codes that people chose
//! to share (and optionally a second one to compare); this device counts them with the same
//! module as `werkroute overview` and shows the figures as a chart, tables, print and CSV.
//!
//! Rules kept: the file is read here and goes nowhere; only suppressed counts are shown (no code,
//! person or line); the page says the figures are no sample of all residents and no basis for a
//! decision about a person. Nothing is stored: the figures live in this page until it closes.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::adapters::file;
use crate::app::Screen;
use crate::docs::overview::{count, csv, difference_text, sections, Section, NOTES};
use crate::domain::overview::{Figures, Shown, Tally};
use crate::i18n::Locale;
use crate::ui::components::BackLink;
use crate::ui::context::use_ctx;

/// Lines counted between two pauses that let the page paint and answer input.
const CHUNK: usize = 4000;

/// What the page shows about the files.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading,
    /// A catalog key: what went wrong, in the page's language.
    Failed(&'static str),
}

/// Counts `bytes` line by line, pausing now and then so the page stays responsive.
async fn tally_of(bytes: Vec<u8>) -> Tally {
    let mut tally = Tally::new();
    for (i, line) in bytes.split(|b| *b == b'\n').enumerate() {
        tally.add_line(line);
        if i % CHUNK == CHUNK - 1 {
            file::yield_now().await;
        }
    }
    tally
}

#[function_component(OverviewPage)]
pub fn overview_page() -> Html {
    let ctx = use_ctx();
    let figures = use_state(|| Rc::new(Vec::<Option<Figures>>::from([None, None])));
    let status = use_state(|| Status::Idle);
    let on_file = |slot: usize| {
        let (figures, status) = (figures.clone(), status.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (figures, status) = (figures.clone(), status.clone());
            status.set(Status::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                file::yield_now().await;
                let result = match file::read_bytes(&input).await {
                    Some(bytes) => {
                        let tally = tally_of(bytes).await;
                        if tally.codes == 0 {
                            Err("overview.error.empty")
                        } else {
                            Ok(tally.figures())
                        }
                    }
                    None => Err("overview.error.unreadable"),
                };
                input.set_value("");
                match result {
                    Ok(f) => {
                        let mut next = (*figures).as_ref().clone();
                        next[slot] = Some(f);
                        figures.set(Rc::new(next));
                        status.set(Status::Idle);
                        mark_done();
                    }
                    Err(key) => status.set(Status::Failed(key)),
                }
            });
        })
    };
    let shown: Vec<&Figures> = match (&figures[0], &figures[1]) {
        (Some(a), Some(b)) => vec![a, b],
        (Some(a), None) => vec![a],
        _ => Vec::new(),
    };
    let locale = ctx.locale();
    let kiosk = ctx.state.kiosk.is_some();
    let status_text = match &*status {
        Status::Idle => String::new(),
        Status::Reading => ctx.t("overview.reading").to_string(),
        Status::Failed(key) => ctx.t(key).to_string(),
    };
    let on_csv = {
        let figures = figures.clone();
        Callback::from(move |_| {
            let list: Vec<&Figures> = figures.iter().flatten().collect();
            if !list.is_empty() {
                file::download_as(
                    "werkroute-overzicht.csv",
                    "text/csv;charset=utf-8",
                    &csv(&list, locale),
                );
            }
        })
    };
    let on_print = Callback::from(|_| crate::adapters::print::print_with_details(false));
    let body = if shown.is_empty() {
        html! {}
    } else {
        let all = sections(&shown, locale);
        let too_few = shown.iter().all(|f| f.too_few);
        html! {
            <>
                if too_few { <p class="utrecht-paragraph app-inset">{ ctx.t("overview.too_few") }</p> }
                { for all.iter().find(|s| s.id == "routes").map(|s| chart(&ctx, s, locale)) }
                { for all.iter().map(|s| table(&ctx, s, locale, shown.len())) }
                <div class="app-button-group app-no-print">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={on_print}>{ ctx.t("overview.print") }</button>
                    if !kiosk {
                        <button type="button" class="utrecht-button utrecht-button--secondary-action app-button app-button--secondary" onclick={on_csv}>{ ctx.t("overview.csv") }</button>
                    }
                </div>
            </>
        }
    };
    html! {
        <>
            <BackLink to={Screen::Rules} />
            <h1 class="utrecht-heading-1" tabindex="-1">{ ctx.t("overview.title") }</h1>
            <p class="utrecht-paragraph">{ ctx.t("overview.intro") }</p>
            <ul class="app-inset app-overview__notes">
                { for NOTES.iter().chain(["overview.no_decision"].iter()).map(|k| html! { <li>{ ctx.t(k) }</li> }) }
            </ul>
            <div class="app-no-print app-overview__files">
                <p class="utrecht-paragraph" id="overview-hint">{ ctx.t("overview.open_hint") }</p>
                <div class="app-field app-file-field">
                    <input type="file" id="overview-file" class="app-file" aria-describedby="overview-hint" onchange={on_file(0)} />
                    <label for="overview-file" class="utrecht-form-label app-button app-file__button">{ ctx.t("overview.open") }</label>
                </div>
                if figures[0].is_some() {
                    <div class="app-field app-file-field">
                        <input type="file" id="overview-file-2" class="app-file" aria-describedby="overview-hint" onchange={on_file(1)} />
                        <label for="overview-file-2" class="utrecht-form-label app-button app-button--secondary app-file__button">{ ctx.t("overview.compare") }</label>
                    </div>
                }
            </div>
            <div class="app-status app-status--shown" role="status">{ status_text }</div>
            { body }
        </>
    }
}

/// Marks the moment the figures are on screen (read by the speed bench and the tests).
fn mark_done() {
    if let Some(p) = crate::adapters::window().and_then(|w| w.performance()) {
        let _ = p.mark("werkroute:overview");
    }
}

/// A table of one section: what, the count per file, and the difference when comparing.
fn table(ctx: &crate::ui::Ctx, s: &Section, locale: Locale, files: usize) -> Html {
    let caption = format!("overview-{}", s.id);
    html! {
        <section class="app-overview__section" aria-labelledby={caption.clone()}>
            <h2 class="utrecht-heading-2" id={caption.clone()}>{ &s.title }</h2>
            <div class="app-table-scroll" tabindex="0" role="region" aria-labelledby={caption}>
                <table class="app-table">
                    <thead><tr>
                        <th scope="col">{ ctx.t("overview.col.what") }</th>
                        if files == 2 {
                            <th scope="col" class="app-table__number">{ ctx.t("overview.col.first") }</th>
                            <th scope="col" class="app-table__number">{ ctx.t("overview.col.second") }</th>
                            <th scope="col" class="app-table__number">{ ctx.t("overview.col.difference") }</th>
                        } else {
                            <th scope="col" class="app-table__number">{ ctx.t("overview.col.count") }</th>
                        }
                    </tr></thead>
                    <tbody>
                        { for s.rows.iter().map(|r| html! {
                            <tr data-row={r.id.clone()}>
                                <th scope="row">{ &r.label }</th>
                                { for r.counts.iter().map(|c| html! { <td class="app-table__number">{ count(locale, *c) }</td> }) }
                                if files == 2 { <td class="app-table__number">{ difference_text(&r.counts) }</td> }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The routes as bars of the first file: an image (named, with a line that says the numbers are
/// in the table below it), each bar drawn to scale in SVG, a suppressed count as an empty
/// outline. Labels and numbers are page text, so they keep the page's size and direction.
fn chart(ctx: &crate::ui::Ctx, s: &Section, locale: Locale) -> Html {
    let rows: Vec<_> = s
        .rows
        .iter()
        .filter(|r| r.id.starts_with("route."))
        .collect();
    let max = rows
        .iter()
        .filter_map(|r| r.counts.first().and_then(|c| c.exact()))
        .max()
        .unwrap_or(1)
        .max(1);
    html! {
        <figure class="app-overview__chart" role="img" aria-labelledby="overview-chart-title overview-chart-desc">
            <figcaption>
                <strong id="overview-chart-title">{ ctx.t("overview.chart_title") }</strong>{ " " }
                <span id="overview-chart-desc">{ ctx.t("overview.chart_desc") }</span>
            </figcaption>
            { for rows.iter().map(|r| {
                let c = r.counts.first().copied().unwrap_or(Shown::Under);
                let share = c.exact().map(|n| (n as f64 / max as f64 * 100.0).max(0.5));
                html! {
                    <div class="app-overview__row">
                        <span class="app-overview__label">{ &r.label }</span>
                        <span class="app-overview__track">
                            <svg viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false" aria-hidden="true">
                                if let Some(w) = share {
                                    <rect x="0" y="0" width={format!("{w:.1}")} height="10" class="app-overview__bar" />
                                } else {
                                    <rect x="0.5" y="0.5" width="8" height="9" class="app-overview__bar app-overview__bar--none" />
                                }
                            </svg>
                            <span class="app-overview__value">{ count(locale, c) }</span>
                        </span>
                    </div>
                }
            }) }
        </figure>
    }
}
