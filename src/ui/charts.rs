//! The charts, drawn as inline SVG from the page model: a ranking as bars (the five archetypes,
//! the three team types), and the roles on ML expertise × communication. Both read without
//! colour (patterns, markers and labels carry the meaning) and carry a title and a description
//! for assistive technology. Coordinates are whole numbers: no float formatting in the wasm.

use leptos::prelude::*;

use crate::page::leader::SkillsChart;
use crate::page::Scores;

const BAR_ROW: u32 = 34;
const LABEL_W: u32 = 210;
const BAR_W: u32 = 300;

/// Horizontal bars in the order given; the winner is hatched and marked. `id` names the
/// chart's title and description, unique on the page.
#[component]
pub fn ScoreChart(scores: Scores, #[prop(into, default = "score-chart".to_owned())] id: String) -> impl IntoView {
    let top = scores.rows.iter().map(|r| r.points).max().unwrap_or(0).max(1);
    let height = BAR_ROW * scores.rows.len() as u32 + 8;
    let desc = scores.rows.iter().map(|r| r.text.as_str()).collect::<Vec<_>>().join("; ");
    let rows = scores
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let y = i as u32 * BAR_ROW + 4;
            let width = (row.points * BAR_W / top).max(2);
            let (fill, class) = if row.winner {
                (format!("url(#{id}-hatch)"), "bar winner")
            } else {
                ("currentColor".to_owned(), "bar")
            };
            let value = if row.winner { format!("{} ◀", row.points) } else { row.points.to_string() };
            view! {
                <g class=class>
                    <text x=LABEL_W - 8 y=y + 18 text-anchor="end" class="chart-label">{row.name}</text>
                    <rect x=LABEL_W y=y + 4 width=width height="20" rx="3" fill=fill class="chart-bar"></rect>
                    <text x=LABEL_W + width + 6 y=y + 18 class="chart-value">{value}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid="score-chart">
            <svg
                viewBox=format!("0 0 {} {}", LABEL_W + BAR_W + 60, height)
                role="img"
                aria-labelledby=format!("{id}-title {id}-desc")
                class="chart-svg"
            >
                <title id=format!("{id}-title")>{scores.heading}</title>
                <desc id=format!("{id}-desc")>{desc}</desc>
                <defs>
                    <pattern id=format!("{id}-hatch") width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg"></rect>
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line"></line>
                    </pattern>
                </defs>
                {rows}
            </svg>
        </figure>
    }
}

const PLOT_W: u32 = 420;
const PLOT_H: u32 = 300;
const PAD: u32 = 48;

/// Where a 1-to-5 rating falls along an axis of the given length.
fn position(value: u8, length: u32) -> u32 {
    PAD + u32::from(value.clamp(1, 5) - 1) * length / 4
}

/// The six roles placed by ML expertise (x) and communication (y); the ones in the plan filled
/// and starred, the others hollow.
#[component]
pub fn SkillsChartView(chart: SkillsChart) -> impl IntoView {
    let (width, height) = (PLOT_W + 2 * PAD, PLOT_H + 2 * PAD);
    let points = chart
        .points
        .into_iter()
        .map(|point| {
            let x = position(point.ml_expertise, PLOT_W);
            let y = height - position(point.communication, PLOT_H);
            // Labels sit above their dot; at the plot's edges they are aligned inwards so none
            // leaves the drawing.
            let (anchor, lx) = match point.ml_expertise {
                1 => ("start", x - 8),
                5 => ("end", x + 8),
                _ => ("middle", x),
            };
            view! {
                <g class=if point.in_plan { "role-point chosen" } else { "role-point" } data-role=point.role_id>
                    <circle cx=x cy=y r="8"></circle>
                    <text x=lx y=y - 14 text-anchor=anchor class="chart-label">{point.label}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid="skills-chart">
            <svg
                viewBox=format!("0 0 {width} {height}")
                role="img"
                aria-labelledby="skills-chart-title skills-chart-desc"
                class="chart-svg square"
            >
                <title id="skills-chart-title">{chart.title}</title>
                <desc id="skills-chart-desc">{chart.desc}</desc>
                <line x1=PAD y1=height - PAD + 12 x2=PAD + PLOT_W y2=height - PAD + 12 class="axis"></line>
                <line x1=PAD - 12 y1=PAD y2=height - PAD x2=PAD - 12 class="axis"></line>
                <text x=PAD + PLOT_W y=height - PAD + 32 text-anchor="end" class="axis-label">{chart.x_label}</text>
                <text text-anchor="middle" class="axis-label" transform=format!("translate(16 {}) rotate(-90)", height / 2)>
                    {chart.y_label}
                </text>
                {points}
            </svg>
        </figure>
    }
}
