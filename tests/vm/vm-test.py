#!/usr/bin/python3
"""The kiosk on a booted Debian 12: boots the image of build-image.sh with QEMU and drives it
through QMP and the QEMU guest agent, the way a person and a technician would.

  tests/vm/vm-test.py IMAGE_DIR SHOTS_DIR [NEWER_DEB]

Steps (each leaves SHOTS_DIR/<step>.png, a QMP screendump):
  1 attract   boots into the kiosk: the attract loop on screen (not blank, moving)
  1b memory   the kiosk's cgroup (the logind session's scope) lies below the memory.max of
              kiosk-setup/user-slice-memory.conf, on the user's slice, with memory.swap.max 0
  2 home      a tap (absolute pointer, usb-tablet) reaches the home screen
  2b keys     Ctrl+Alt+F1, Ctrl+Alt+Backspace, Alt+F4, Alt+Tab, the Super key (QMP send-key):
              the kiosk and X keep running, vt7 stays in front, the screen is unchanged
  3 segv      kill -SEGV of the kiosk: systemd restarts it, the attract loop is back within 10 s
  3b watchdog kill -STOP of the kiosk: systemd's watchdog kills it and the service starts again
              within WatchdogSec + RestartSec (+ the start under TCG)
  4 usb       a FAT stick made like a receptionist's is hot-plugged (device_add usb-storage):
              mounted read-only, nosuid, nodev, noexec at /media/vitrin-usb; the kiosk shows it
  5 import    the swap on the touchscreen: "Byt utställning", the PIN 4711 on the keypad, "Klart";
              vitrin --status names the new exhibition; the kiosk shows it; the report is on the
              stick in Vitrin/ (vitrin-usb-export: a short read-write remount), read-only again
  5b hours    opening hours closed all week: the screen is off (xset q: "Monitor is Off"); a tap
              lights it; hours back to always: on
  6 powercut  vitrin --import running, QMP quit (no shutdown), boot again: the exhibition shown
              is complete (old or new, vitrin --check passes on it), the kiosk runs
  7 upgrade   (with NEWER_DEB) install.sh --deb NEWER_DEB from a second disk: the newer package
              is installed, settings.toml and the store are unchanged, the kiosk is back
  8 purge     install.sh --uninstall: the package, /var/lib/vitrin, the user, the mount point
              and the units are gone
VITRIN_VM_STEPS=attract (a comma-separated list of step names) stops after the last one named.
KVM is used when the guest's kernel writes to the serial console within 20 s and the guest agent
answers within 90 s; otherwise (nested KVM may hang early in boot) the test falls back to TCG. Exit 0 when every step passed.
"""

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time

from PIL import Image, ImageChops, ImageStat

WIDTH, HEIGHT = 1920, 1080
ACCENT = (242, 180, 65)  # the kiosk's accent colour: the main button of a staff screen
PIN = "4711"
# The CPU QEMU emulates without KVM: Nehalem (SSE4.2, no AVX). With QEMU's "max", llvmpipe (the
# kiosk's OpenGL without a GPU) compiles its shaders to AVX2 gathers, and under QEMU 7.2's
# emulation of them the kiosk crashed (SIGSEGV in the compiled shader code, every start) while
# the same binary runs on a real AVX2 CPU; "max,avx2=off" made apt's file method die with
# SIGILL. VITRIN_VM_TCG_CPU chooses another model.
TCG_CPU = "Nehalem"


def log(message):
    print(f"[{time.monotonic() - START:6.1f}s] {message}", flush=True)


START = time.monotonic()


class Failed(Exception):
    pass


class Channel:
    """One JSON-per-line QEMU socket: QMP or the guest agent."""

    def __init__(self, path, timeout=30, alive=None):
        """alive: a function that says whether the other end may still answer (QEMU runs)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX)
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if time.monotonic() > deadline or (alive is not None and not alive()):
                    raise
                time.sleep(0.2)
        self.buffer = b""

    def send(self, message):
        self.sock.sendall(json.dumps(message).encode() + b"\n")

    def receive(self, timeout):
        self.sock.settimeout(timeout)
        while b"\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise OSError("closed")
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def close(self):
        self.sock.close()


class Qmp(Channel):
    def __init__(self, path, alive=None):
        super().__init__(path, alive=alive)
        self.receive(10)  # greeting
        self.command("qmp_capabilities")

    def command(self, name, **arguments):
        self.send({"execute": name, "arguments": arguments})
        while True:
            reply = self.receive(60)
            if "return" in reply:
                return reply["return"]
            if "error" in reply:
                raise Failed(f"QMP {name}: {reply['error']}")


class Agent:
    """The QEMU guest agent: runs commands in the guest as root."""

    def __init__(self, path):
        self.path = path
        self.channel = None

    def connect(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.channel is None:
                    self.channel = Channel(self.path, timeout=5)
                nonce = int(time.monotonic() * 1000) % 100000000
                self.channel.send({"execute": "guest-sync", "arguments": {"id": nonce}})
                while True:
                    reply = self.channel.receive(5)
                    if reply.get("return") == nonce:
                        return True
            except (OSError, ValueError):
                if self.channel is not None:
                    self.channel.close()
                self.channel = None
                time.sleep(1)
        return False

    def call(self, name, timeout=60, **arguments):
        self.channel.send({"execute": name, "arguments": arguments})
        reply = self.channel.receive(timeout)
        if "error" in reply:
            raise Failed(f"guest agent {name}: {reply['error']}")
        return reply["return"]

    def run(self, command, timeout=120, wait=True):
        """Runs a shell command; returns (exit code, output) or, with wait=False, the pid."""
        pid = self.call("guest-exec", path="/bin/sh", arg=["-c", command], **{"capture-output": wait})["pid"]
        if not wait:
            return pid
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = self.call("guest-exec-status", pid=pid)
            if status["exited"]:
                output = base64.b64decode(status.get("out-data", "")).decode(errors="replace")
                output += base64.b64decode(status.get("err-data", "")).decode(errors="replace")
                return status.get("exitcode", -1), output
            time.sleep(0.3)
        raise Failed(f"guest command timed out: {command}")

    def check(self, command, timeout=120):
        code, output = self.run(command, timeout)
        if code != 0:
            raise Failed(f"guest command failed ({code}): {command}\n{output}")
        return output


class Machine:
    def __init__(self, image_dir, work, accel, extra_disk=None):
        self.image_dir, self.work, self.accel = image_dir, work, accel
        self.extra_disk = extra_disk
        self.process = None
        self.qmp = None
        self.boots = 0

    def start(self):
        self.boots += 1
        for name in ("qmp.sock", "qga.sock"):
            try:
                os.unlink(os.path.join(self.work, name))
            except FileNotFoundError:
                pass
        accel = ["-accel", "kvm", "-cpu", "host"] if self.accel == "kvm" else ["-accel", "tcg", "-cpu", os.environ.get("VITRIN_VM_TCG_CPU", TCG_CPU)]
        command = [
            "qemu-system-x86_64", *accel, "-machine", "q35", "-m", "2048", "-smp", "2",
            "-kernel", os.path.join(self.image_dir, "vmlinuz"),
            "-initrd", os.path.join(self.image_dir, "initrd.img"),
            "-append", "root=/dev/vda rw console=ttyS0,115200 console=tty0 net.ifnames=0",
            "-drive", f"file={os.path.join(self.work, 'disk.qcow2')},if=virtio,format=qcow2,cache=writeback",
            "-device", f"VGA,xres={WIDTH},yres={HEIGHT},edid=on",
            "-device", "qemu-xhci,id=xhci", "-device", "usb-tablet,bus=xhci.0",
            "-chardev", f"socket,path={self.work}/qga.sock,server=on,wait=off,id=qga0",
            "-device", "virtio-serial", "-device", "virtserialport,chardev=qga0,name=org.qemu.guest_agent.0",
            "-qmp", f"unix:{self.work}/qmp.sock,server=on,wait=off",
            "-serial", f"file:{self.work}/serial-{self.boots}.log",
            "-display", "none", "-nic", "none",
        ]
        if self.extra_disk:
            command += ["-drive", f"file={self.extra_disk},if=virtio,format=raw,readonly=on"]
        self.process = subprocess.Popen(["nice", *command], stdin=subprocess.DEVNULL,
                                        stdout=open(f"{self.work}/qemu-{self.boots}.log", "w"),
                                        stderr=subprocess.STDOUT)
        time.sleep(0.5)
        # QEMU may end at once: with KVM on some hosts it aborts setting up the virtual CPU
        # ("failed to set MSR 0x10a"), after its QMP socket exists but before it answers.
        try:
            self.qmp = Qmp(f"{self.work}/qmp.sock", alive=lambda: self.process.poll() is None)
        except OSError as error:
            if self.process.poll() is None:
                self.process.kill()
            self.process.wait()
            self.process = None
            with open(f"{self.work}/qemu-{self.boots}.log", errors="replace") as output:
                said = " ".join(output.read().split("\n")[-3:]).strip()
            raise Failed(f"QEMU ({self.accel}) did not answer on QMP ({error}): {said}") from error
        self.agent = Agent(f"{self.work}/qga.sock")

    def wait_booted(self, timeout):
        return self.agent.connect(timeout)

    def stop(self):
        if self.process is None:
            return
        try:
            if self.qmp is not None:
                self.qmp.command("quit")
        except (Failed, OSError):
            pass
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def screendump(self, path):
        raw = path + ".ppm"
        self.qmp.command("screendump", filename=raw)
        image = Image.open(raw).convert("RGB")
        image.save(path)
        os.unlink(raw)
        return image

    def keys(self, *names):
        """Presses keys together, then lets go (QMP send-key, QEMU's key codes: ctrl, alt, f1)."""
        self.qmp.command("send-key", keys=[{"type": "qcode", "data": name} for name in names])

    def click(self, x, y):
        ax, ay = round(x * 32767 / (WIDTH - 1)), round(y * 32767 / (HEIGHT - 1))
        move = [{"type": "abs", "data": {"axis": "x", "value": ax}},
                {"type": "abs", "data": {"axis": "y", "value": ay}}]
        self.qmp.command("input-send-event", events=move)
        time.sleep(0.15)
        self.qmp.command("input-send-event", events=[{"type": "btn", "data": {"down": True, "button": "left"}}])
        time.sleep(0.15)
        self.qmp.command("input-send-event", events=[{"type": "btn", "data": {"down": False, "button": "left"}}])


def is_attract(image):
    """The attract screen: its accent-coloured invitation, "Tryck på skärmen för att börja" and
    the same in English and Russian beneath it, centred in the lower part (at 1920x1080,
    landscape-1080p). The lines pulse, so any warm amber counts, not only the exact accent
    colour."""
    r, g, b = image.convert("RGB").crop((0, 820, WIDTH, 1040)).split()
    warm = ImageChops.multiply(ImageChops.multiply(r.point(lambda v: 255 if v > 120 else 0),
                                                   g.point(lambda v: 255 if v > 80 else 0)),
                               ImageChops.subtract(r, b).point(lambda v: 255 if v > 70 else 0))
    box = warm.getbbox()
    return (box is not None and box[2] - box[0] > 600 and box[0] > 150
            and box[2] < WIDTH - 150)


def has_picture(image):
    """A picture behind the attract screen's title: the upper part is not one flat colour."""
    return spread(image.crop((0, 0, WIDTH, 500))) > 2


def difference(a, b):
    """Mean absolute difference per channel, 0..255."""
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


def spread(image):
    """Standard deviation of the grey levels: about 0 for a blank screen."""
    return ImageStat.Stat(image.convert("L")).stddev[0]


def pixel(image, x, y):
    return image.getpixel((x, y))[:3]


def near(colour, expected, tolerance=12):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected))


class Test:
    def __init__(self, image_dir, shots, newer_deb=None):
        self.image_dir, self.shots, self.newer_deb = image_dir, shots, newer_deb
        self.work = os.path.join(shots, "work")
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        self.results = []
        self.machine = None
        self.update_disk = None
        if newer_deb:
            self.update_disk = os.path.join(self.work, "update.img")
            make_update_disk(self.update_disk, newer_deb)

    def shot(self, name):
        return self.machine.screendump(os.path.join(self.shots, name + ".png"))

    def passed(self, step, what):
        self.results.append((step, "ok", what))
        log(f"ok    {step}: {what}")

    def fresh_disk(self):
        subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-F", "raw", "-b",
                        os.path.abspath(os.path.join(self.image_dir, "root.img")),
                        os.path.join(self.work, "disk.qcow2")], check=True)

    def boot(self, accel):
        self.machine = Machine(self.image_dir, self.work, accel, self.update_disk)
        self.machine.start()
        return self.machine

    def boot_with_fallback(self):
        """KVM when the guest's kernel speaks on the serial console within 20 s and the guest
        agent answers within 90 s; else TCG (nested KVM may hang early in boot, silently)."""
        if os.access("/dev/kvm", os.R_OK | os.W_OK):
            self.fresh_disk()
            serial = os.path.join(self.work, "serial-1.log")
            try:
                machine = self.boot("kvm")
            except Failed as failure:
                # QEMU itself gave up (seen: an assertion about MSR 0x10a with -cpu host).
                log(f"KVM: {failure}: falling back to TCG")
                machine = None
            if machine is not None:
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline and os.path.getsize(serial) == 0:
                    time.sleep(0.5)
                if os.path.getsize(serial) == 0:
                    log("KVM: no word from the guest's kernel in 20 s (nested KVM hangs): falling back to TCG")
                elif machine.wait_booted(90):
                    log("booted with KVM")
                    return
                else:
                    log("KVM: the guest agent did not answer in 90 s: falling back to TCG")
                machine.process.kill()
                machine.process.wait()
            for name in ("serial", "qemu"):
                if os.path.exists(os.path.join(self.work, f"{name}-1.log")):
                    os.rename(os.path.join(self.work, f"{name}-1.log"), os.path.join(self.work, f"{name}-kvm.log"))
        self.fresh_disk()
        machine = self.boot("tcg")
        if not machine.wait_booted(400):
            raise Failed("the guest did not boot with TCG in 400 s (see work/serial-*.log)")
        log("booted with TCG")

    def wait_kiosk(self, timeout, previous_pid=None):
        """Waits until the vitrin program runs (another than previous_pid); returns its pid."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code, output = self.machine.agent.run("pgrep -u vitrin -x vitrin")
            pids = output.split()
            if code == 0 and pids and pids[0] != previous_pid:
                return pids[0]
            time.sleep(0.5)
        raise Failed(f"the kiosk did not run within {timeout} s\n" +
                     self.machine.agent.run("journalctl -b -t vitrin --no-pager | tail -n 40")[1])

    def wait_screen(self, test, timeout, what):
        """Screendumps until test(image) holds; returns the image."""
        deadline = time.monotonic() + timeout
        while True:
            image = self.machine.screendump(os.path.join(self.work, "now.png"))
            if test(image):
                return image
            if time.monotonic() > deadline:
                raise Failed(f"{what}: not on screen within {timeout} s (last: work/now.png)")
            time.sleep(0.5)

    def journal(self, lines=30):
        # The kiosk, its session script and X log as "vitrin" (SyslogIdentifier); pam_systemd moves
        # them into the session's scope, so `-u vitrin` shows only systemd's own lines.
        return self.machine.agent.run(f"journalctl -b -t vitrin --no-pager | tail -n {lines}")[1]

    # 1: the attract loop after boot.
    def step_attract(self):
        self.boot_with_fallback()
        self.wait_kiosk(300)
        self.wait_screen(is_attract, 300, "the attract screen")
        on_screen = time.monotonic() - START
        # On a cold cache the kiosk decodes and caches every picture first, which takes minutes
        # under TCG: the first picture is waited for only a minute here (step 6 boots again on a
        # warm cache and checks it there).
        picture = None
        try:
            picture = self.wait_screen(has_picture, 60, "a picture")
        except Failed:
            pass
        first = self.shot("1-attract")
        time.sleep(4)
        later = self.machine.screendump(os.path.join(self.shots, "1-attract-later.png"))
        user = self.machine.agent.check("ps -o user= -C Xorg; ps -o user= -C vitrin").split()
        if set(user) != {"vitrin"}:
            raise Failed(f"Xorg and vitrin should run as vitrin, not {user}")
        # Type=notify: the service is active from the kiosk's READY=1 (its first frame) on.
        times = dict(line.split("=", 1) for line in self.machine.agent.check(
            "systemctl show -p InactiveExitTimestampMonotonic -p ActiveEnterTimestampMonotonic "
            "-p ActiveState vitrin").split())
        ready = (int(times["ActiveEnterTimestampMonotonic"]) -
                 int(times["InactiveExitTimestampMonotonic"])) / 1e6
        if times["ActiveState"] != "active":
            raise Failed(f"vitrin.service is {times['ActiveState']}, not active")
        self.passed("1-attract", f"service start to READY=1 (first frame) {ready:.1f} s; "
                                 f"attract screen {on_screen:.0f} s after the test began; "
                                 + ("a picture on it" if picture else "no picture yet after 60 s (cold cache)")
                                 + f"; change in 4 s: {difference(first, later):.2f}; Xorg and vitrin run as vitrin")

    # 1b: the memory limit reaches the kiosk. The logind session moves it out of vitrin.service,
    # so the limit sits on the user's slice: walk up from the kiosk's own cgroup to the first
    # memory.max that is not "max".
    def step_memory(self):
        agent = self.machine.agent
        pid = self.wait_kiosk(10)
        wanted = memory_limit()
        walk = agent.check(
            f"cg=$(sed -n 's/^0:://p' /proc/{pid}/cgroup); echo \"$cg\"; d=/sys/fs/cgroup$cg; "
            "while case \"$d\" in /sys/fs/cgroup/?*) true ;; *) false ;; esac; do "
            "echo \"${d#/sys/fs/cgroup} $(cat $d/memory.max) $(cat $d/memory.swap.max 2>/dev/null || echo none) "
            "$(cat $d/memory.current)\"; d=$(dirname \"$d\"); done")
        lines = walk.splitlines()
        cgroup, levels = lines[0], [line.split() for line in lines[1:]]
        limited = next((level for level in levels if level[1] != "max"), None)
        if limited is None:
            raise Failed(f"no memory.max above the kiosk's cgroup {cgroup}:\n{walk}")
        if int(limited[1]) != wanted:
            raise Failed(f"memory.max of {limited[0]} is {limited[1]}, not {wanted} "
                         f"(kiosk-setup/user-slice-memory.conf):\n{walk}")
        if limited[2] != "0":
            raise Failed(f"memory.swap.max of {limited[0]} is {limited[2]}, not 0:\n{walk}")
        xorg = agent.check("pgrep -u vitrin -x Xorg").split()[0]
        xorg_cgroup = agent.check(f"sed -n 's/^0:://p' /proc/{xorg}/cgroup").strip()
        service = agent.check("systemctl show -p ControlGroup --value vitrin").strip()
        self.passed("1b-memory", f"vitrin {pid} runs in {cgroup} (Xorg in {xorg_cgroup}; the service's "
                                 f"own cgroup is {service}); memory.max {int(limited[1]) // 2**20} MiB and "
                                 f"memory.swap.max 0 on {limited[0]}, which holds "
                                 f"{int(limited[3]) / 2**20:.0f} MiB now")

    # 2: a tap reaches home.
    def step_home(self):
        before = self.machine.screendump(os.path.join(self.work, "before.png"))
        self.machine.click(WIDTH // 2, HEIGHT // 2)
        home = self.wait_screen(lambda image: not is_attract(image) and difference(image, before) > 5, 30,
                                "a screen other than the attract loop after the tap")
        time.sleep(2)
        home = self.shot("2-home")
        self.passed("2-home", f"tap at the centre: the attract loop gave way (difference "
                              f"{difference(home, before):.0f})")

    # 2b: the keys a visitor might try.
    def step_keys(self):
        agent = self.machine.agent
        kiosk = self.wait_kiosk(10)
        xorg = agent.check("pgrep -u vitrin -x Xorg").split()[0]
        time.sleep(1)
        before = self.machine.screendump(os.path.join(self.work, "keys-before.png"))
        tried = []
        for combination in (("ctrl", "alt", "f1"), ("ctrl", "alt", "f2"), ("ctrl", "alt", "backspace"),
                            ("alt", "f4"), ("alt", "tab"), ("meta_l",), ("ctrl", "alt", "f12")):
            self.machine.keys(*combination)
            time.sleep(2)
            name = "+".join(combination)
            tried.append(name)
            now_kiosk = agent.run("pgrep -u vitrin -x vitrin")[1].split()
            now_xorg = agent.run("pgrep -u vitrin -x Xorg")[1].split()
            console = agent.run("fgconsole")[1].strip()
            if now_kiosk[:1] != [kiosk] or now_xorg[:1] != [xorg]:
                raise Failed(f"after {name}: vitrin {now_kiosk} (was {kiosk}), Xorg {now_xorg} (was {xorg})")
            if console != "7":
                raise Failed(f"after {name}: virtual terminal {console} is in front, not the kiosk's 7")
        after = self.shot("2b-after-keys")
        change = difference(before, after)
        if change > 8:
            raise Failed(f"the screen changed by {change:.1f} after the keys (see 2b-after-keys.png)")
        flags = agent.run("grep -e DontVTSwitch -e DontZap /var/lib/vitrin/.local/share/xorg/Xorg.0.log")[1]
        self.passed("2b-keys", f"{', '.join(tried)}: vitrin {kiosk} and Xorg {xorg} still run, vt7 in front, "
                               f"screen change {change:.1f}; Xorg.0.log: "
                               + " ".join(line.split(")", 1)[-1].strip() for line in flags.splitlines()))

    # 3b: a hung kiosk (stopped, so it sends no WATCHDOG=1) is killed by systemd's watchdog.
    def step_watchdog(self):
        agent = self.machine.agent
        pid = self.wait_kiosk(60)
        self.wait_screen(is_attract, 120, "the attract loop before kill -STOP")
        settings = agent.check("systemctl show -p WatchdogUSec -p RestartUSec -p NRestarts vitrin")
        fields = dict(line.split("=", 1) for line in settings.split())
        agent.check(f"kill -STOP {pid}")
        stopped = time.monotonic()
        new_pid = self.wait_kiosk(120, previous_pid=pid)
        restarted = time.monotonic() - stopped
        self.wait_screen(is_attract, 120, "the attract loop after the watchdog's restart")
        back = time.monotonic() - stopped
        self.shot("3b-after-watchdog")
        journal = agent.run("journalctl -b -u vitrin --no-pager | grep -i -e watchdog | tail -n 3")[1]
        if "watchdog timeout" not in journal.lower():
            raise Failed(f"no watchdog timeout in systemd's log:\n{journal}")
        # WatchdogSec + RestartSec, plus X and the kiosk starting (slow under TCG).
        limit = 30 + 2 + (10 if self.machine.accel == "kvm" else 40)
        if restarted > limit:
            raise Failed(f"a new kiosk ran only {restarted:.0f} s after kill -STOP (limit {limit} s)")
        self.passed("3b-watchdog", f"vitrin {pid} stopped (kill -STOP): systemd's watchdog "
                                   f"({fields.get('WatchdogUSec')}, restart after {fields.get('RestartUSec')}) "
                                   f"killed it; vitrin {new_pid} ran {restarted:.0f} s and showed the attract "
                                   f"loop {back:.0f} s after the stop; journal: "
                                   + journal.strip().splitlines()[-1].split(": ", 1)[-1])

    # 5b: outside opening hours the screen is off; a tap lights it.
    def step_hours(self):
        agent = self.machine.agent
        settings = "/var/lib/vitrin/settings.toml"
        xset = "runuser -u vitrin -- env DISPLAY=:0 XAUTHORITY=/run/vitrin/Xauthority xset q"
        agent.check(f"cp -p {settings} /root/settings.toml.before && "
                    f"printf '\\n[opening_hours]\\n' >> {settings} && "
                    f"for d in mon tue wed thu fri sat sun; do echo \"$d = \\\"closed\\\"\" >> {settings}; done")
        old = self.wait_kiosk(10)
        agent.check("systemctl restart vitrin")
        self.wait_kiosk(120, previous_pid=old)
        deadline = time.monotonic() + 120
        monitor = ""
        while time.monotonic() < deadline:
            code, output = agent.run(xset)
            monitor = next((line.strip() for line in output.splitlines() if "Monitor is" in line), "")
            if monitor == "Monitor is Off":
                break
            time.sleep(1)
        else:
            raise Failed(f"closed all week, but xset q says {monitor!r}\n" + self.journal(20))
        dark = self.shot("5b-closed")
        self.machine.click(WIDTH // 2, HEIGHT // 2)
        # Lit again, the kiosk turns DPMS off as vitrin-session.sh left it: xset q then says
        # "DPMS is Disabled" and has no "Monitor is" line.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            output = agent.run(xset)[1]
            monitor = next((line.strip() for line in output.splitlines()
                            if "Monitor is" in line or "DPMS is" in line), "")
            if monitor in ("Monitor is On", "DPMS is Disabled"):
                break
            time.sleep(0.5)
        else:
            raise Failed(f"a tap while closed did not light the screen: {monitor!r}")
        # Lit: the kiosk draws again (the stick of step 4 is still in, so it may show the stick
        # rather than the attract loop).
        lit = self.wait_screen(lambda image: spread(image) > 5, 60, "a picture after a tap while closed")
        self.shot("5b-tapped-while-closed")
        journal = self.journal(60)
        for line in ("outside opening hours: screen off", "touched while closed: screen on"):
            if line not in journal:
                raise Failed(f"no '{line}' in the kiosk's log:\n{journal}")
        agent.check(f"cp -p /root/settings.toml.before {settings}")
        old = self.wait_kiosk(10)
        agent.check("systemctl restart vitrin")
        self.wait_kiosk(120, previous_pid=old)
        self.wait_screen(lambda image: spread(image) > 5, 120, "a picture with the hours back to always")
        self.passed("5b-hours", f"closed all week: xset q said 'Monitor is Off' (screen mean "
                                f"{ImageStat.Stat(dark.convert('L')).mean[0]:.0f}); a tap lit it "
                                f"('{monitor}', the kiosk drawing again, mean {ImageStat.Stat(lit.convert('L')).mean[0]:.0f}); "
                                "hours back to always")

    # 3: kill -SEGV.
    def step_segv(self):
        agent = self.machine.agent
        pid = self.wait_kiosk(10)
        agent.check(f"kill -SEGV {pid}")
        killed = time.monotonic()
        # systemd notices at once and starts the service again after RestartSec=2.
        deadline = killed + 10
        while agent.run("systemctl show -p NRestarts --value vitrin")[1].strip() in ("", "0"):
            if time.monotonic() > deadline:
                raise Failed("systemd did not restart vitrin.service within 10 s of kill -SEGV")
            time.sleep(0.3)
        restarted = time.monotonic() - killed
        new_pid = self.wait_kiosk(60, previous_pid=pid)
        self.wait_screen(is_attract, 60, "the attract loop after the crash")
        took = time.monotonic() - killed
        self.shot("3-after-segv")
        # X and the kiosk start in about 5 s on a PC; under TCG every instruction is emulated,
        # about 4 times slower here, so the limit for the picture is stretched accordingly.
        limit = 10 if self.machine.accel == "kvm" else 40
        if took > limit:
            raise Failed(f"the attract loop was back only {took:.1f} s after kill -SEGV (limit {limit} s)")
        self.passed("3-segv", f"vitrin {pid} killed with SIGSEGV: service restarted after {restarted:.1f} s, "
                              f"vitrin {new_pid} shows the attract loop {took:.1f} s after the kill "
                              f"(limit {limit} s under {self.machine.accel.upper()})")

    # 4: the stick.
    def step_usb(self):
        stick = os.path.join(self.work, "stick.img")
        make_stick(stick)
        qmp = self.machine.qmp
        qmp.command("blockdev-add", **{"node-name": "stick", "driver": "raw", "read-only": False,
                                       "file": {"driver": "file", "filename": stick}})
        qmp.command("device_add", driver="usb-storage", bus="xhci.0", drive="stick", id="stick",
                    removable=True)
        deadline = time.monotonic() + 60
        options = ""
        while time.monotonic() < deadline:
            code, options = self.machine.agent.run("findmnt -no FSTYPE,OPTIONS /media/vitrin-usb")
            if code == 0:
                break
            time.sleep(0.5)
        else:
            raise Failed("the stick was not mounted at /media/vitrin-usb\n" +
                         self.machine.agent.run("journalctl -b --no-pager | grep -i -e usb -e sd[a-z] | tail -n 30")[1])
        fields = options.split()
        wanted = {"ro", "nosuid", "nodev", "noexec"}
        if fields[0] != "vfat" or not wanted <= set(fields[1].split(",")):
            raise Failed(f"the stick is mounted as {options.strip()}")
        self.wait_screen(lambda image: near(pixel(image, 400, 975), ACCENT), 60,
                         '"USB-minne hittat" with "Byt utställning"')
        self.shot("4-usb-found")
        self.passed("4-usb", f"hot-plugged stick mounted at /media/vitrin-usb: {options.strip()}; "
                             "the kiosk shows it")

    # 5: the import on the touchscreen.
    def step_import(self):
        machine = self.machine
        machine.click(400, 975)  # Byt utställning
        keypad = self.wait_screen(lambda image: not near(pixel(image, 400, 975), ACCENT), 30, "the PIN screen")
        time.sleep(1)
        keypad = self.shot("5a-pin")
        box = accent_box(keypad.crop((0, 0, WIDTH, 900)))
        if box is None:
            raise Failed("no OK key on the PIN screen")
        left, top, right, bottom = box
        w, h, gap = right - left, bottom - top, 24
        key_at = {str(n): ((n - 1) % 3, (n - 1) // 3) for n in range(1, 10)}
        for digit in PIN:
            column, row = key_at[digit]
            machine.click(left - (2 - column) * (w + gap) + w // 2, top - (3 - row) * (h + gap) + h // 2)
            time.sleep(0.4)
        self.shot("5b-pin-typed")
        machine.click(left + w // 2, top + h // 2)  # OK
        self.wait_screen(lambda image: near(pixel(image, 400, 975), ACCENT), 180, '"Klart" after the import')
        self.shot("5c-done")
        status = machine.agent.check("runuser -u vitrin -- vitrin --state /var/lib/vitrin --status")
        if "Vänortens bilder" not in status:
            raise Failed(f"--status does not name the new exhibition:\n{status}")
        # Byt nu. Under TCG a frame can take seconds: a click that lands while the result screen
        # is still being drawn is tried once more.
        for _ in range(2):
            machine.click(400, 975)
            try:
                self.wait_screen(lambda image: not near(pixel(image, 400, 975), ACCENT), 30,
                                 "the new exhibition after Byt nu")
                break
            except Failed:
                continue
        self.wait_screen(is_attract, 60, "the attract screen of the new exhibition")
        time.sleep(2)
        self.shot("5d-new-exhibition")
        journal = self.journal(60)
        if "now showing exhibition" not in journal:
            raise Failed(f"the kiosk did not switch to the new exhibition:\n{journal}")
        # The report went onto the stick through vitrin-usb-export's short read-write remount.
        deadline = time.monotonic() + 60
        while True:
            code, listing = machine.agent.run("ls /media/vitrin-usb/Vitrin/")
            if code == 0 and "Vitrin-rapport" in listing:
                break
            if time.monotonic() > deadline:
                raise Failed("no report in /media/vitrin-usb/Vitrin/ within 60 s\n" +
                             machine.agent.run("journalctl -b -u vitrin-usb-export --no-pager | tail -n 20")[1])
            time.sleep(1)
        options = machine.agent.check("findmnt -no OPTIONS /media/vitrin-usb").strip()
        if "ro" not in options.split(","):
            raise Failed(f"the stick is still mounted {options} after the report was written")
        exported = machine.agent.run("journalctl -b -u vitrin-usb-export --no-pager | grep 'wrote' | tail -n 1")[1]
        on_image = subprocess.run(["mdir", "-b", "-i", os.path.join(self.work, "stick.img"), "::Vitrin"],
                                  capture_output=True, text=True).stdout
        if "Vitrin-rapport" not in on_image:
            raise Failed(f"the stick image has no report in Vitrin/: {on_image!r}")
        self.passed("5-import", "stick imported with the PIN on the touchscreen; --status: " +
                    status.strip().splitlines()[0] + f"; report on the stick ({listing.split(chr(10))[0]}), "
                    f"stick back to {options.split(',')[0]}; " + exported.strip().split(": ", 1)[-1])

    # 6: power cut during an import, boot again.
    def step_powercut(self):
        machine = self.machine
        # 1 MB/s: the import of the stick's few MB lasts several seconds, so the cut lands in it.
        machine.agent.run("VITRIN_IMPORT_READ_MBPS=1 runuser -u vitrin -- vitrin --state /var/lib/vitrin "
                          "--import /media/vitrin-usb >/run/import.log 2>&1", wait=False)
        time.sleep(3)
        running = machine.agent.run("pgrep -f -- '--import /media/vitrin-usb'")[0] == 0
        self.shot("6a-before-cut")
        machine.qmp.send({"execute": "quit"})
        machine.process.wait(30)
        log(f"power cut (QMP quit) {'during' if running else 'after'} the import")
        machine.start()
        if not machine.wait_booted(400):
            raise Failed("the guest did not boot again after the power cut")
        self.wait_kiosk(300)
        self.wait_screen(is_attract, 300, "the attract screen after the power cut")
        began = time.monotonic()
        self.wait_screen(has_picture, 120, "a picture after the power cut (warm cache)")
        picture_after = time.monotonic() - began
        self.shot("6b-after-reboot")
        after = machine.agent.check("runuser -u vitrin -- vitrin --state /var/lib/vitrin --status")
        shown = json.loads(machine.agent.check(
            "runuser -u vitrin -- vitrin --state /var/lib/vitrin --status --json"))
        folder = shown_folder(shown)
        if folder:
            code, report = machine.agent.run(f"runuser -u vitrin -- vitrin --check '{folder}'")
            if code != 0:
                raise Failed(f"the exhibition shown after the power cut is not complete:\n{report}")
        self.passed("6-powercut", f"cut {'during' if running else 'after'} an import; after the boot "
                                  f"--status says: {after.strip().splitlines()[0]}; a picture "
                                  f"{picture_after:.0f} s after the attract screen (warm cache)"
                                  + (f"; vitrin --check passes on {folder}" if folder else ""))

    # 7: a newer package over the older one keeps the kiosk's state.
    def step_upgrade(self):
        agent = self.machine.agent
        agent.check("mkdir -p /mnt/update && mount -o ro /dev/vdb /mnt/update")
        kept = "cd /var/lib/vitrin && sha256sum settings.toml store.json && ls exhibitions"
        before = agent.check(kept)
        old_pid = self.wait_kiosk(10)
        name = os.path.basename(self.newer_deb)
        code, output = agent.run(f"bash /mnt/update/install.sh --deb /mnt/update/{name}", timeout=600)
        if code != 0:
            raise Failed(f"install.sh --deb {name} failed:\n{output}")
        version = agent.check("dpkg-query -W -f='${Version}' vitrin")
        after = agent.check(kept)
        if after != before:
            raise Failed(f"the upgrade changed the kiosk's state:\nbefore:\n{before}\nafter:\n{after}")
        self.wait_kiosk(60, previous_pid=old_pid)
        self.wait_screen(is_attract, 120, "the attract loop after the upgrade")
        self.shot("7-after-upgrade")
        self.passed("7-upgrade", f"install.sh --deb {name}: vitrin {version} installed, kiosk restarted; "
                                 "settings.toml, store.json and the exhibitions unchanged")

    # 8: --uninstall removes everything.
    def step_purge(self):
        agent = self.machine.agent
        code, output = agent.run("bash /mnt/update/install.sh --uninstall", timeout=300)
        if code != 0:
            raise Failed(f"install.sh --uninstall failed:\n{output}")
        left = agent.run("for f in /usr/bin/vitrin /usr/share/vitrin /usr/libexec/vitrin /var/lib/vitrin "
                         "/lib/systemd/system/vitrin.service /lib/udev/rules.d/90-vitrin-usb.rules "
                         "/etc/pam.d/vitrin /etc/systemd/system/vitrin.service.d /media/vitrin-usb "
                         "/etc/systemd/system/user-*.slice.d/50-vitrin-memory.conf "
                         "/etc/systemd/system/graphical.target.wants/vitrin.service; do "
                         "[ -e $f ] && echo $f; done; getent passwd vitrin; getent group vitrin; "
                         "dpkg-query -W -f='${Status}' vitrin 2>/dev/null | grep -v not-installed; "
                         "pgrep -x vitrin; pgrep -x Xorg; true")[1].split()
        time.sleep(2)
        self.shot("8-after-purge")
        if left:
            raise Failed(f"install.sh --uninstall left: {' '.join(left)}")
        self.passed("8-purge", "install.sh --uninstall: package, state, user, units, mount point gone; "
                               "no kiosk or X running")

    def run(self):
        steps = [self.step_attract, self.step_memory, self.step_home, self.step_keys, self.step_segv, self.step_watchdog,
                 self.step_usb, self.step_import, self.step_hours, self.step_powercut]
        if self.newer_deb:
            steps += [self.step_upgrade, self.step_purge]
        # VITRIN_VM_STEPS=attract,usb runs only those steps (and what they need before them).
        wanted = [name for name in os.environ.get("VITRIN_VM_STEPS", "").split(",") if name]
        if wanted:
            last = max(i for i, step in enumerate(steps) if step.__name__[5:] in wanted)
            steps = steps[:last + 1]
        try:
            for step in steps:
                step()
        except Failed as failure:
            log(f"FAIL  {step.__name__[5:]}: {failure}")
            try:
                self.shot("failure")
                print(self.journal(40))
                # systemd's own lines: restarts, and why (a crash, the watchdog).
                print(self.machine.agent.run("journalctl -b -u vitrin --no-pager | tail -n 15")[1])
            except Exception:  # noqa: BLE001 — the failure above is what matters
                pass
            return 1
        finally:
            if self.machine is not None:
                self.machine.stop()
        log(f"all {len(self.results)} steps passed ({self.machine.accel}); screendumps in {self.shots}")
        return 0


def memory_limit():
    """MemoryMax= of kiosk-setup/user-slice-memory.conf, in bytes (K, M, G: base 1024)."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with open(os.path.join(repo, "kiosk-setup", "user-slice-memory.conf"), encoding="utf-8") as file:
        value = next(line.split("=", 1)[1].strip() for line in file if line.startswith("MemoryMax="))
    scale = {"K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}
    return int(value[:-1]) * scale[value[-1]] if value[-1] in scale else int(value)


def shown_folder(status):
    """The content folder of the exhibition --status --json names as current (None: the bundled one)."""
    current = status.get("current")
    if not isinstance(current, dict) or "version" not in current:
        return None
    return f"/var/lib/vitrin/exhibitions/{current['version']}/content"


def accent_box(image):
    """The bounding box of the accent-coloured pixels (the keypad's OK key)."""
    r, g, b = image.convert("RGB").split()
    red = r.point(lambda v: 255 if abs(v - ACCENT[0]) <= 6 else 0)
    green = g.point(lambda v: 255 if abs(v - ACCENT[1]) <= 6 else 0)
    blue = b.point(lambda v: 255 if abs(v - ACCENT[2]) <= 6 else 0)
    both = ImageChops.multiply(ImageChops.multiply(red, green), blue)
    return both.getbbox()


def make_stick(path):
    """A FAT stick as staff make one in Explorer: folders of pictures and exhibition.toml."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    media = os.path.join(repo, "media")
    contents = path + ".d"
    shutil.rmtree(contents, ignore_errors=True)
    first, second = os.path.join(contents, "1 Vänortens bilder"), os.path.join(contents, "2 Svenskbyn")
    os.makedirs(first)
    os.makedirs(second)
    for name in sorted(os.listdir(os.path.join(media, "1-Min stad Irkutsk"))):
        if name[:2] in ("01", "02", "03", "04") and name.endswith(".jpg"):
            shutil.copy(os.path.join(media, "1-Min stad Irkutsk", name), first)
    for name in sorted(os.listdir(os.path.join(media, "2-Svenskbyn"))):
        if name.endswith(".jpg"):
            shutil.copy(os.path.join(media, "2-Svenskbyn", name), second)
    with open(os.path.join(contents, "exhibition.toml"), "w", encoding="utf-8") as file:
        file.write('title = { sv = "Vänortens bilder", en = "Pictures of the twin town" }\n')
    if os.path.exists(path):
        os.unlink(path)
    subprocess.run(["mkfs.vfat", "-C", "-n", "UTSTALLN", path, "65536"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["mcopy", "-s", "-i", path] + [os.path.join(contents, n) for n in os.listdir(contents)] + ["::"],
                   check=True)


def make_update_disk(path, deb):
    """A small FAT disk with the newer package and install.sh, as a technician brings them."""
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    size_kb = os.path.getsize(deb) // 1024 + 8192
    if os.path.exists(path):
        os.unlink(path)
    subprocess.run(["mkfs.vfat", "-C", "-n", "UPDATE", path, str(size_kb)], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["mcopy", "-i", path, deb, os.path.join(repo, "kiosk-setup", "install.sh"), "::"], check=True)


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    image_dir, shots = sys.argv[1], sys.argv[2]
    newer_deb = os.path.abspath(sys.argv[3]) if len(sys.argv) == 4 else None
    for name in ("root.img", "vmlinuz", "initrd.img"):
        if not os.path.exists(os.path.join(image_dir, name)):
            print(f"vm-test.py: {image_dir}/{name} is missing: build it with tests/vm/build-image.sh",
                  file=sys.stderr)
            return 2
    os.makedirs(shots, exist_ok=True)
    result = Test(image_dir, shots, newer_deb).run()
    log(f"took {time.monotonic() - START:.0f} s")
    return result


if __name__ == "__main__":
    sys.exit(main())
