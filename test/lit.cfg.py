# lit configuration for irqlint's tests: ShTest files whose RUN lines call
# irqlint and check its output with FileCheck next to the code.
import os

import lit.formats

config.name = "irqlint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.irqlint_obj_root, "test")

inputs = os.path.join(config.test_source_root, "Inputs")
# The tests use the WDK model headers irqlint ships (include/wdk), which it
# adds itself after the user's include paths: what the tests see is what a
# driver team on a machine without the WDK gets.
amd64 = ("--target=x86_64-pc-windows-msvc -fms-extensions -fms-compatibility "
         "-D_AMD64_ -D_WIN64")
x86 = ("--target=i686-pc-windows-msvc -fms-extensions -fms-compatibility "
       "-D_X86_")

# Unexpected findings fail a test: every FileCheck run uses this.
check_not = "--implicit-check-not=warning: --implicit-check-not=error:"

import sys
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("%irqlint", os.path.join(config.irqlint_bin_dir, "irqlint")))
config.substitutions.append(("%unit_bin", config.irqlint_bin_dir))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%expect_exit", "sh " + os.path.join(inputs, "expect-exit")))
config.substitutions.append(("%wdk_amd64", amd64))
config.substitutions.append(("%wdk_x86", x86))
config.substitutions.append(("%check_not", check_not))
# The SAL lock assumptions as headers other than the bundled ones define
# them: to nothing.
config.substitutions.append(("%empty_assumptions", " ".join(
    "'-D_Analysis_assume_lock_%s_(x)='" % k
    for k in ("held", "not_held", "acquired", "released"))))
config.substitutions.append(("%src_root", config.irqlint_src_root))
config.substitutions.append(("%sarif_validate", "sh " + os.path.join(inputs, "sarif-validate") + " " + config.sarif_multitool_dir))

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
for var in ("HOME", "TMPDIR", "DOTNET_CLI_HOME", "IRQLINT_SARIF_MULTITOOL_DIR"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
