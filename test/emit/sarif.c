// SARIF 2.1.0 output: validated with Microsoft's SARIF Multitool (no
// errors, no warnings), plus the fields code-scanning consumers read.
// RUN: %expect_exit 1 %irqlint --format=sarif --output=%t.sarif --source-root=%S %s -- %wdk_amd64 -DIRQLINT_WDK_FUNCTION_SHAPES
// RUN: %sarif_validate %t.sarif | FileCheck %s --check-prefix=VALID
// VALID: sarif-validate: 0 error(s), 0 warning(s)
// RUN: FileCheck %s --input-file=%t.sarif

#include <ndis.h>

void Broken(int x) { int y = x + ; }

void Leak(PNDIS_SPIN_LOCK Lock, int error) {
  NdisAcquireSpinLock(Lock);
  if (error)
    return;
  NdisReleaseSpinLock(Lock);
}

// CHECK: "version": "2.1.0"
// CHECK: "driver": {
// CHECK-NEXT: "name": "irqlint",
// CHECK-NEXT: "version": "{{[0-9.]+}}",
// CHECK-NEXT: "semanticVersion": "{{[0-9.]+}}",
// CHECK-NEXT: "informationUri": "https://
// CHECK-NOT: "id": "clang-diagnostic-error",
// CHECK: "id": "lock-double-acquire",
// CHECK-NEXT: "name": "LockDoubleAcquire",
// CHECK-NEXT: "shortDescription": {
// CHECK-NEXT: "text": "Spin lock acquired while already held (self-deadlock)"
// CHECK: "fullDescription": {
// CHECK: "helpUri": "{{.*}}/docs/rules/lock-double-acquire.md",
// CHECK-NEXT: "help": {
// CHECK-NEXT: "text": "# lock-double-acquire\n\n**Default level:** warning\n
// CHECK-NEXT: "markdown": "# lock-double-acquire\n
// CHECK: ## Examples
// CHECK: "defaultConfiguration": {
// CHECK-NEXT: "level": "warning"
// CHECK: "id": "lock-not-released",
// CHECK: "id": "lock-release-unheld",
// Clang's error is a tool execution notification, not a result: with its
// place, the function it left partial, and the unit it came through.
// CHECK: "exitCode": 1,
// CHECK-NEXT: "executionSuccessful": true
// CHECK-NEXT: "toolExecutionNotifications": [
// CHECK-NEXT: {
// CHECK-NEXT: "level": "error",
// CHECK-NEXT: "message": {
// CHECK-NEXT: "text": "expected expression (lock and IRQL findings in 'Broken' are not reported: clang could not build all of its body)"
// CHECK-NEXT: },
// CHECK-NEXT: "descriptor": {
// CHECK-NEXT: "id": "clang-diagnostic-error"
// CHECK: "uri": "sarif.c",
// CHECK-NEXT: "uriBaseId": "%SRCROOT%",
// CHECK: "startLine": 10,
// CHECK-NEXT: "startColumn": 34,
// CHECK: "logicalLocations": [
// CHECK-NEXT: {
// CHECK-NEXT: "name": "Broken",
// CHECK: "properties": {
// CHECK-NEXT: "translationUnits": [
// CHECK-NEXT: {
// CHECK-NEXT: "uri": "sarif.c",
// CHECK: "originalUriBaseIds": {
// CHECK-NEXT: "%SRCROOT%": {
// CHECK-NEXT: "uri": "file:///{{.*}}/test/emit/"
// CHECK: "columnKind": "unicodeCodePoints",
// CHECK: "results": [
// CHECK-NEXT: {
// CHECK-NEXT: "ruleId": "lock-not-released",
// CHECK-NEXT: "ruleIndex": 12,
// CHECK-NEXT: "level": "warning",
// CHECK-NEXT: "message": {
// CHECK-NEXT: "text": "'*Lock' is acquired by NdisAcquireSpinLock but not released on every path out of 'Leak'"
// CHECK-NEXT: },
// CHECK-NEXT: "partialFingerprints": {
// CHECK-NEXT: "irqlintFingerprint/v1": "{{[0-9a-f]+}}:0"
// CHECK: "region": {
// CHECK-NEXT: "startLine": 13,
// CHECK-NEXT: "startColumn": 3,
// CHECK-NEXT: "endLine": 13,
// CHECK-NEXT: "endColumn": 28
// CHECK: "logicalLocations": [
// CHECK: "name": "Leak",
// CHECK-NEXT: "kind": "function"
// CHECK: "relatedLocations": [
// CHECK: "startLine": 15,
// CHECK: "text": "returns here with '*Lock' held"
// CHECK: "codeFlows": [
// CHECK: "threadFlows": [
// CHECK: "text": "'*Lock' acquired"
// CHECK: "executionOrder": 1
// CHECK: "text": "returns with '*Lock' held"
// CHECK: "executionOrder": 2
// CHECK: "artifacts": [
// CHECK: "uri": "sarif.c",
// CHECK-NEXT: "uriBaseId": "%SRCROOT%"
// CHECK-NEXT: },
// CHECK-NEXT: "sourceLanguage": "c"
