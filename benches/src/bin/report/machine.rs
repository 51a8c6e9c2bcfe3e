//! The machine a run measured, detected rather than typed: CPU, cores, memory, operating
//! system, compiler. (Linux first; elsewhere what the standard library and a few commands say.)

use std::collections::BTreeSet;
use std::fs;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use bench_groups::machine::Machine;

fn read(path: &str) -> Option<String> {
    fs::read_to_string(path).ok()
}

fn run(program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// The value after `key` and a colon in `key : value` lines (`/proc/cpuinfo`, `lscpu`).
fn field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once(':')?;
        (k.trim() == key).then(|| v.trim())
    })
}

fn cpu_model() -> String {
    read("/proc/cpuinfo")
        .and_then(|info| field(&info, "model name").map(str::to_string))
        .or_else(|| run("sysctl", &["-n", "machdep.cpu.brand_string"]))
        .unwrap_or_else(|| std::env::consts::ARCH.to_string())
}

/// "a virtual machine (KVM)" when the CPU reports a hypervisor, else "".
fn virtualisation() -> String {
    let flags = read("/proc/cpuinfo")
        .and_then(|info| field(&info, "flags").map(str::to_string))
        .unwrap_or_default();
    if !flags.split_whitespace().any(|f| f == "hypervisor") {
        return String::new();
    }
    let vendor = run("lscpu", &[]).and_then(|l| field(&l, "Hypervisor vendor").map(str::to_string));
    match vendor {
        Some(vendor) => format!("a virtual machine ({vendor})"),
        None => "a virtual machine".to_string(),
    }
}

/// Logical CPUs and physical cores, from sysfs topology (Linux).
fn cores() -> (usize, usize) {
    let mut logical = 0;
    let mut physical = BTreeSet::new();
    if let Ok(entries) = fs::read_dir("/sys/devices/system/cpu") {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            let is_cpu = name
                .strip_prefix("cpu")
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if !is_cpu {
                continue;
            }
            logical += 1;
            let topology = entry.path().join("topology");
            let id = |file: &str| fs::read_to_string(topology.join(file)).unwrap_or_default();
            physical.insert((
                id("physical_package_id").trim().to_string(),
                id("core_id").trim().to_string(),
            ));
        }
    }
    let available = std::thread::available_parallelism().map_or(1, |n| n.get());
    if logical == 0 {
        return (available, available);
    }
    (logical, physical.len().max(1))
}

fn memory() -> String {
    read("/proc/meminfo")
        .and_then(|m| {
            let kib: f64 = field(&m, "MemTotal")?
                .trim_end_matches("kB")
                .trim()
                .parse()
                .ok()?;
            Some(format!("{:.1} GiB", kib / 1024.0 / 1024.0))
        })
        .unwrap_or_else(|| "unknown".to_string())
}

fn operating_system() -> String {
    read("/etc/os-release")
        .and_then(|text| {
            text.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_string())
        })
        .or_else(|| run("sw_vers", &["-productVersion"]).map(|v| format!("macOS {v}")))
        .unwrap_or_else(|| std::env::consts::OS.to_string())
}

fn kernel() -> String {
    run("uname", &["-sr"]).unwrap_or_else(|| std::env::consts::OS.to_string())
}

/// `rustc 1.95.0 (59807616e 2026-04-14)`, its host and its LLVM version.
fn rustc() -> (String, String) {
    let verbose = run("rustc", &["-vV"]).unwrap_or_default();
    let release = verbose
        .lines()
        .next()
        .unwrap_or("rustc (not found)")
        .to_string();
    let host = field(&verbose, "host").unwrap_or_default();
    let llvm = field(&verbose, "LLVM version").unwrap_or_default();
    (release, format!("{host}, LLVM {llvm}"))
}

pub fn load_average() -> String {
    read("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|| "unknown".to_string())
}

/// `2026-11-23 14:05 UTC`, from the system clock (no time-zone database needed).
pub fn now_utc() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Howard Hinnant's civil_from_days.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year}-{month:02}-{day:02} {:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60
    )
}

/// The machine, as far as it can be detected; how the run went is for the run to fill in.
pub fn detect() -> Machine {
    let (logical, physical) = cores();
    let (rustc, rustc_host) = rustc();
    Machine {
        date: now_utc(),
        cpu: cpu_model(),
        virtual_machine: virtualisation(),
        logical,
        physical,
        available: std::thread::available_parallelism().map_or(1, |n| n.get()),
        memory: memory(),
        os: operating_system(),
        kernel: kernel(),
        rustc,
        rustc_host,
        load_before: load_average(),
        ..Machine::default()
    }
}
