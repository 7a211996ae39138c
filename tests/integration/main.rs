//! All integration tests, in one binary (see ripgrep's layout).

mod cli;
mod conversations;
mod coverage;
mod drafting;
mod e2e;
mod editors;
mod expect;
mod fake;
mod layers;
mod props;
mod questions;
mod telegram;
mod util;
