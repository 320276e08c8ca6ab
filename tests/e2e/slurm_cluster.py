"""A single-node Slurm on localhost for the end-to-end tests: munged, slurmctld and slurmd
(Debian 12's munge and slurm-wlm 22.05) run in the foreground as children of the test, with
a fresh munge key, a minimal slurm.conf, state and logs in a temporary folder, on two free
ports; nothing of the machine's own Slurm or munge configuration is read or changed."""
import os
import shutil
import socket
import subprocess
import tempfile
import time

DAEMONS = ["/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd"]


class CannotStart(Exception):
    """The daemons cannot run here; the message says why."""


def _memory_mb():
    """The machine's memory in MB (slurm.conf RealMemory: jobs ask for --mem)."""
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    return 1024


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SlurmCluster:
    def __init__(self):
        self.folder = None
        self.processes = []

    def start(self, timeout_s=60):
        missing = [d for d in DAEMONS + ["/usr/bin/sbatch"] if not os.path.exists(d)]
        if missing:
            raise CannotStart(f"{', '.join(missing)} missing (scripts/setup installs slurm-wlm and munge)")
        if os.geteuid() != 0:
            raise CannotStart("slurmd must run as root (CI runs as root)")
        self.folder = tempfile.mkdtemp(prefix="spoken-slurm-")
        os.chmod(self.folder, 0o700)
        for sub in ("munge", "state", "spool", "log"):
            os.mkdir(os.path.join(self.folder, sub), 0o700)
        key = self.path("munge", "munge.key")
        with open(key, "wb") as f:
            f.write(os.urandom(1024))
        os.chmod(key, 0o400)
        socket_path = self.path("munge", "munge.socket")
        self._spawn(["/usr/sbin/munged", "--foreground", "--force", f"--key-file={key}",
                     f"--socket={socket_path}", f"--pid-file={self.path('munge', 'munged.pid')}",
                     f"--seed-file={self.path('munge', 'seed')}",
                     f"--log-file={self.path('log', 'munged.log')}"])
        self._wait(lambda: os.path.exists(socket_path), timeout_s, "munged")
        host = socket.gethostname().split(".")[0]
        with open(self.path("slurm.conf"), "w", encoding="utf-8") as f:
            f.write(f"""ClusterName=spokentest
SlurmctldHost={host}(127.0.0.1)
SlurmctldPort={_free_port()}
SlurmdPort={_free_port()}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket={socket_path}
StateSaveLocation={self.path('state')}
SlurmdSpoolDir={self.path('spool')}
SlurmctldPidFile={self.path('slurmctld.pid')}
SlurmdPidFile={self.path('slurmd.pid')}
SlurmctldLogFile={self.path('log', 'slurmctld.log')}
SlurmdLogFile={self.path('log', 'slurmd.log')}
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/builtin
NodeName={host} NodeAddr=127.0.0.1 CPUs={os.cpu_count() or 1} RealMemory={_memory_mb()} State=UNKNOWN
PartitionName=spoken Nodes={host} Default=YES MaxTime=INFINITE State=UP
""")
        self._spawn(["/usr/sbin/slurmctld", "-D", "-c", "-i"])
        self._spawn(["/usr/sbin/slurmd", "-D", "-N", host])
        self._wait(lambda: self._node_state() == "idle", timeout_s, "slurmctld and slurmd")

    def path(self, *parts):
        return os.path.join(self.folder, *parts)

    def environment(self, **extra):
        """os.environ with SLURM_CONF pointing at this cluster, plus `extra`."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM_")}
        env["SLURM_CONF"] = self.path("slurm.conf")
        env.update(extra)
        return env

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.processes = []
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def logs(self):
        text = ""
        for name in ("munged.log", "slurmctld.log", "slurmd.log"):
            try:
                with open(self.path("log", name), encoding="utf-8", errors="replace") as f:
                    text += f"--- {name}\n" + "".join(f.readlines()[-15:])
            except OSError:
                pass
        return text

    def _spawn(self, command):
        self.processes.append(subprocess.Popen(command, env=self.environment(),
                                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    def _node_state(self):
        result = subprocess.run(["sinfo", "-h", "-o", "%T"], env=self.environment(),
                                capture_output=True, text=True, check=False, timeout=30)
        return result.stdout.strip()

    def _wait(self, ready, timeout_s, what):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if ready():
                return
            if any(p.poll() is not None for p in self.processes):
                break
            time.sleep(0.5)
        logs = self.logs() if self.folder else ""
        self.stop()
        raise CannotStart(f"{what} did not come up within {timeout_s} s\n{logs}")
