"""Helper scripts run as real subprocesses by the robustness tests (killed with SIGKILL)."""
