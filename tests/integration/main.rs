//! All integration tests, in one binary (see ripgrep's layout).

mod cli;
mod props;
mod questions;
mod util;
