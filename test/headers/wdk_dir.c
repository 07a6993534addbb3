// --wdk=DIR: a real WDK's include directories where the bundled headers go
// (searched after the user's own include paths), with no bundled headers
// then. DIR is a Windows Kits root, the "Windows Kits" directory above it,
// or an extracted EWDK; the kit's newest version is taken unless
// --wdk-version names one, and the KMDF headers are those of the version
// the defines name (a KMDF project's KMDF_VERSION_MAJOR/MINOR), else the
// newest. Inputs/fake_kits is a tree of that shape with stand-in headers.
// RUN: rm -rf %t && mkdir -p "%t/ewdk/Program Files/Windows Kits"
// RUN: cp -R "%S/Inputs/fake_kits/Windows Kits/10" "%t/ewdk/Program Files/Windows Kits/"
//
// The kit root: its newest version, and KMDF's newest.
// RUN: %expect_exit 1 %irqlint --wdk="%S/Inputs/fake_kits/Windows Kits/10" %s | FileCheck %s --check-prefix=NEWEST %check_not
// The "Windows Kits" directory and the EWDK find the same kit.
// RUN: %expect_exit 1 %irqlint --wdk="%S/Inputs/fake_kits/Windows Kits" %s | FileCheck %s --check-prefix=NEWEST %check_not
// RUN: %expect_exit 1 %irqlint --wdk=%t/ewdk %s | FileCheck %s --check-prefix=NEWEST %check_not
// The KMDF version a project's defines name:
// RUN: %expect_exit 1 %irqlint --wdk=%t/ewdk %s -- -DKMDF_VERSION_MAJOR=1 -DKMDF_VERSION_MINOR=15 | FileCheck %s --check-prefix=KMDF115 %check_not
// A KMDF project's version (its KMDF_VERSION_MAJOR/MINOR properties):
// RUN: %expect_exit 1 %irqlint --quiet --wdk=%t/ewdk %S/Inputs/wdk_kmdf_project/Kmdf.vcxproj | FileCheck %s --check-prefix=PROJECT %check_not
// PROJECT: queue.c:12:3: warning: {{.*}} not released on every path out of 'LeakWithKmdf115' [lock-not-released]
// An older version of the kit, asked for:
// RUN: %expect_exit 1 %irqlint --wdk=%t/ewdk --wdk-version=10.0.19041.0 %s | FileCheck %s --check-prefix=OLDER %check_not
// Without --wdk, the bundled headers:
// RUN: %expect_exit 1 %irqlint %s | FileCheck %s --check-prefix=BUNDLED %check_not
// With --wdk, no bundled header is searched: the kit has no ntddk.h.
// RUN: echo '#include <ntddk.h>' > %t/ntddk_only.c
// RUN: %irqlint --show-compile-errors --wdk=%t/ewdk %t/ntddk_only.c | FileCheck %s --check-prefix=NOBUNDLED
// NOBUNDLED: ntddk_only.c:1:10: error: 'ntddk.h' file not found [clang-diagnostic-error]
//
// A directory that is not a WDK, or a version it lacks: one line, exit 2.
// RUN: %expect_exit 2 %irqlint --wdk=%S/Inputs %s 2>&1 | FileCheck %s --check-prefix=NOTWDK
// NOTWDK: irqlint: error: '{{.*}}Inputs' is not a Windows Kits root or an extracted EWDK: no Include/<version>/km below it (nor below Program Files/Windows Kits/10)
// NOTWDK-NOT: {{.}}
// RUN: %expect_exit 2 %irqlint --wdk=%t/ewdk --wdk-version=10.0.1.0 %s 2>&1 | FileCheck %s --check-prefix=NOVERSION
// NOVERSION: irqlint: error: the WDK in '{{.*}}/Windows Kits/10' has no version 10.0.1.0 (it has 10.0.22621.0, 10.0.19041.0)
// RUN: %expect_exit 2 %irqlint --wdk-version=10.0.19041.0 %s 2>&1 | FileCheck %s --check-prefix=NODIR
// NODIR: irqlint: error: --wdk-version needs a WDK: name it with --wdk=<dir>; see 'irqlint --help'
//
// --dump-config shows the kit found and what the jobs search, in order.
// RUN: %irqlint --dump-config --wdk=%t/ewdk | FileCheck %s --check-prefix=DUMP
// DUMP: headers:
// DUMP-NEXT: bundled: false
// DUMP: wdk: "{{.*}}/ewdk/Program Files/Windows Kits/10"
// DUMP-NEXT: wdk-version: "10.0.22621.0"
// DUMP-NEXT: # searched after the include paths:
// DUMP-NEXT: #   {{.*}}/Include/10.0.22621.0/km
// DUMP-NEXT: #   {{.*}}/Include/10.0.22621.0/km/crt
// DUMP-NEXT: #   {{.*}}/Include/10.0.22621.0/shared
// DUMP-NEXT: #   {{.*}}/Include/10.0.22621.0/um
// DUMP-NEXT: #   {{.*}}/Include/10.0.22621.0/ucrt
// DUMP-NEXT: #   {{.*}}/Include/wdf/kmdf/1.33 (KMDF: unless a project names another version)
// DUMP-NEXT: #   {{.*}}/Include/wdf/kmdf/1.15
//
// The configuration file names it too (headers: wdk:, relative to the
// file); the command line's wins.
// RUN: mkdir -p %t/proj && cp %s %t/proj/driver.c
// RUN: printf 'headers:\n  wdk: ../ewdk\n  wdk-version: 10.0.19041.0\n' > %t/proj/.irqlint.yaml
// RUN: %expect_exit 1 %irqlint %t/proj/driver.c | FileCheck %s --check-prefix=OLDER %check_not
// RUN: %expect_exit 1 %irqlint --wdk-version=10.0.22621.0 %t/proj/driver.c | FileCheck %s --check-prefix=NEWEST %check_not
// RUN: printf 'headers:\n  wdk: ..\n' > %t/proj/.irqlint.yaml
// RUN: %expect_exit 2 %irqlint %t/proj/driver.c 2>&1 | FileCheck %s --check-prefix=CFGNOTWDK
// CFGNOTWDK: irqlint: error: '{{.*}}/proj/..' is not a Windows Kits root or an extracted EWDK

#include <wdm.h>
#include <wdf.h>

#if defined(FAKE_KIT_VERSION) && FAKE_KIT_VERSION == 22621
#include <kit_crt.h>  // km/crt
#include <kit_um.h>   // um
#include <kit_ucrt.h> // ucrt
#if FAKE_KMDF_MINOR == 15
#define LEAK LeakWithKit22621AndKmdf115
#else
#define LEAK LeakWithKit22621AndKmdf133
#endif
#elif defined(FAKE_KIT_VERSION) && FAKE_KIT_VERSION == 19041
#define LEAK LeakWithKit19041
#else
#define LEAK LeakWithTheBundledHeaders
#endif

void LEAK(PKSPIN_LOCK Lock, int fail) {
  KeAcquireSpinLockAtDpcLevel(Lock);
  if (fail)
    return;
  KeReleaseSpinLockFromDpcLevel(Lock);
}
// NEWEST: :[[@LINE-5]]:3: warning: {{.*}} not released on every path out of 'LeakWithKit22621AndKmdf133' [lock-not-released]
// KMDF115: :[[@LINE-6]]:3: warning: {{.*}} not released on every path out of 'LeakWithKit22621AndKmdf115' [lock-not-released]
// OLDER: :[[@LINE-7]]:3: warning: {{.*}} not released on every path out of 'LeakWithKit19041' [lock-not-released]
// BUNDLED: :[[@LINE-8]]:3: warning: {{.*}} not released on every path out of 'LeakWithTheBundledHeaders' [lock-not-released]
