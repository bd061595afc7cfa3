        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
`        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
`        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
v        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
q        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
P        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
>        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
P        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
@        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
4        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
5        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
4        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
5        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
q        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
>        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
N        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
*        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
*        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
g        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
v        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
{        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
L        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
A        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
N        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
G        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
C        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
U        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
F        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
}        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
A        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
/        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
g        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
3        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
/        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
\        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
+        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
/        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
3        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
B        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
I        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
E        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
/        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
W        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
Y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
E        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
3        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
q        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
g        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
>        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
N        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
1        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
4        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
*        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
g        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
g        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
v        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
{        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
L        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
A        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
N        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
G        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
C        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
N        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
U        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
F        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
}        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
H        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
/        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
吴        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
育        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
昕        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
4        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
6        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
5        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
1        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
3        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
z        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
H        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
\        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
#        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
q        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
1        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
P        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
>        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
N        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
/        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
'        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
/        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
1        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
\        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
'        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
g        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
f        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
8        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
1        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
0        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
[        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
*        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
-        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
u        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
]        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
,        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
p        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
h        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
w        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
_        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
1        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
=        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
(        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
)        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
.        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
m        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
l        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
:        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
2        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
d        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
O        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
M        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
L        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
y        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
x        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
T        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
b        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
a        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
k        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
"        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
o        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
t        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
i        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
         # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
s        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
c        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
r        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
e        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
n        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1

        # the shell keeps the pane alive a moment: tmux clears a pane that dies at once
        command = " ".join([*_command(), "--corpus", "bad.toml"])
        term.start(f"{command}; status=$?; sleep 2; exit $status", cwd=tmp_path)
        screen = term.wait_for(r"bad\.toml:2")
        assert "TOML syntax error" in screen
        assert term.wait_exit() == 1
