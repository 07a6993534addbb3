/* irqlint's own intermediate representation: one control-flow graph per
 * function, whose basic blocks hold a short list of events (calls and
 * assignments) with their arguments already normalized into access paths.
 *
 * The frontend builds this once from libclang cursors; nothing after it sees
 * a cursor. Deliberately left out: types, arithmetic, anything the lock and
 * IRQL analyses do not read. Conditions keep just enough structure
 * (path, comparison with a constant or with another path, bit test, call
 * result) for the
 * path-aware dataflow to correlate branches that test the same thing. */
#ifndef IRQLINT_CFG_H
#define IRQLINT_CFG_H

#include "../util/xalloc.h"

#include <stdint.h>
#include <stdio.h>

typedef struct ir_loc {
  const char *file; /* interned per translation unit */
  uint32_t line, col;
  uint32_t end_line, end_col;
} ir_loc;

/* --- access paths: a normalized lvalue such as (*a).Lock or g.Locks[2] --- */

typedef enum path_root_kind {
  PATH_ROOT_LOCAL,
  PATH_ROOT_PARAM,
  PATH_ROOT_GLOBAL,
  PATH_ROOT_NAMED /* no variable: IoCancelSpinLock, or an accessor call's
                     result spelled as the call, GetContext(dev) */
} path_root_kind;

typedef enum path_step_kind {
  PATH_STEP_DEREF,
  PATH_STEP_FIELD,
  PATH_STEP_INDEX,
  /* from a field to the struct that contains it: CONTAINING_RECORD(p, T, F)
   * points at (*p).container(F). Written after a FIELD step of the same
   * field it cancels it: (*d).F.container(F) is *d. */
  PATH_STEP_CONTAINER
} path_step_kind;

typedef struct path_step {
  uint8_t kind; /* path_step_kind */
  uint8_t index_known;
  const char *field;  /* PATH_STEP_FIELD, PATH_STEP_CONTAINER */
  const char *record; /* PATH_STEP_FIELD, PATH_STEP_CONTAINER: the struct's
                         tag or typedef name
                         ("_ADAPTER"), or NULL; names lock classes and
                         registration fields, not part of the identity */
  int64_t index;      /* PATH_STEP_INDEX when index_known */
} path_step;

typedef struct ir_path {
  uint8_t root_kind; /* path_root_kind */
  const char *root;  /* variable name */
  uint32_t root_id;  /* distinguishes shadowed declarations; 0 for globals */
  uint16_t step_count;
  path_step *steps;
} ir_path;

typedef enum ir_value_kind {
  IR_VALUE_UNKNOWN,
  IR_VALUE_CONST,    /* integer constant (after constant folding) */
  IR_VALUE_ADDR,     /* &path */
  IR_VALUE_LOAD,     /* the value stored in path */
  IR_VALUE_CALL,     /* the result of call event `call_event` in this block */
  IR_VALUE_FUNCTION, /* a function designator (MpIsr, &MpIsr): path.root
                        is the function's name */
  IR_VALUE_STRING    /* a string literal: `text` (debug prints' formats) */
} ir_value_kind;

typedef struct ir_value {
  uint8_t kind; /* ir_value_kind */
  int64_t constant;
  ir_path path;
  uint32_t call_event;
  /* IR_VALUE_FUNCTION: the function typedef of the pointer type it is
   * converted to where it is stored, passed or cast (DRIVER_CANCEL for a
   * PDRIVER_CANCEL field, variable or parameter), or NULL */
  const char *function_type;
  /* IR_VALUE_STRING: the literal as clang prints it, adjacent pieces
   * (`"a" "%ws"`, also across macros) already one: quotes, escapes as
   * written and any prefix (L"...") included */
  const char *text;
} ir_value;

/* --- what the source says about a function besides its body --- */

/* A SAL-style annotation written in front of a declaration, kept as
 * written: `_IRQL_requires_max_(DISPATCH_LEVEL)` is name
 * "_IRQL_requires_max_" with the one argument "DISPATCH_LEVEL". The
 * frontend reads these from the tokens, so they are seen whether the
 * headers define the macros to attributes or to nothing; rules/ decides
 * what they mean. */
typedef struct ir_annotation {
  const char *name;
  const char **args; /* each argument's tokens, spaces only between words */
  uint16_t arg_count;
  ir_loc loc;
  /* the parameter names of the declaration it was written on: lock
   * annotations name locks through them (_Acquires_lock_(Adapter->Lock)) */
  const char **params;
  uint16_t param_count;
  /* written on parameter param_index (`_Acquires_lock_(*_Curr_)`, whose
   * `_Curr_` the arguments already spell as that parameter's name), or -1
   * when written in front of the declaration */
  int16_t param_index;
  /* the declared type of the expression the first argument names, when it
   * is a lock expression on the parameters (`*Fcb->Header.Resource` is an
   * ERESOURCE): its typedef name or struct tag, or NULL */
  const char *lock_type;
} ir_annotation;

typedef enum ir_paged_reason {
  IR_PAGED_NO,
  IR_PAGED_CODE_MACRO, /* the body starts with PAGED_CODE() */
  IR_PAGED_ALLOC_TEXT, /* #pragma alloc_text(PAGE…, f) */
  IR_PAGED_CODE_SEG,   /* defined inside #pragma code_seg("PAGE…") */
  IR_PAGED_DECLSPEC    /* __declspec(code_seg("PAGE…")) */
} ir_paged_reason;

/* Everything irqlint knows about a function from its declarations: the
 * annotations of all of them (the definition's first), the role typedef it
 * was declared with (`MINIPORT_INITIALIZE MpInitialize;`) and that
 * typedef's own annotations, and whether its code is pageable. Shared by
 * every call of the function within a translation unit. */
typedef struct ir_fn_decl {
  const char *name;
  const char *role; /* typedef name, or NULL */
  ir_annotation *annotations;
  uint16_t annotation_count;
  ir_annotation *role_annotations;
  uint16_t role_annotation_count;
  uint8_t paged;    /* ir_paged_reason */
  ir_loc paged_loc; /* the PAGED_CODE(), pragma or __declspec */
  uint8_t has_body; /* defined in this translation unit */
  ir_loc loc;       /* the definition's name, else the first declaration's */
} ir_fn_decl;

/* The annotation called `name`, or NULL (the first when repeated). */
const ir_annotation *ir_fn_decl_find(const ir_fn_decl *decl, const char *name);

/* --- events --- */

typedef enum ir_event_kind {
  IR_EVENT_CALL,
  IR_EVENT_ASSIGN /* a write to `target`; value may be unknown */
} ir_event_kind;

typedef struct ir_call {
  const char *callee;       /* function called; NULL for indirect calls */
  const char **macro_chain; /* macros the call was written through, */
  uint16_t macro_count;     /* outermost first (may be empty) */
  uint16_t arg_count;
  ir_value *args;
  uint8_t has_result_target; /* result stored into result_target */
  uint8_t no_return;         /* callee declared noreturn */
  /* the call is an expression statement of its own, maybe cast to void:
   * its result is thrown away (a saved IRQL discarded, oldirql-mismatch) */
  uint8_t result_unused;
  ir_path result_target;
  const ir_fn_decl *callee_decl; /* NULL for indirect calls */
  /* an indirect call: the typedef its function type was declared with
   * (`Irp->CancelRoutine(…)`: DRIVER_CANCEL, the pointee of the field's
   * PDRIVER_CANCEL), else the pointer's typedef, or NULL */
  const char *callee_type;
  /* a routine of the API model: the struct the first argument points to
   * (its canonical tag, "_KMUTANT"), which decides what a routine taking
   * several kinds of object does (KeWaitForSingleObject on a mutex), or
   * NULL */
  const char *arg0_record;
  /* an indirect call through a function-pointer slot of the program (a
   * global variable, or a struct field: `g_Handler(x)`, `t->Handler(x)`):
   * the slot's key (its declaration's USR, the same in every translation
   * unit) and its spelling ("g_Handler", "_DISPATCH_TABLE.Handler"), else
   * NULL (a local, a parameter, an array element, a field of a system
   * header's struct) */
  const char *callee_slot;
  const char *callee_slot_name;
  /* a field's slot: the real path of the file its struct is declared in
   * (a struct declared outside the program's own directory is shared with
   * other programs, which may fill the field too) */
  const char *callee_slot_file;
  /* the definition this call reaches, once the program is linked (same
   * translation unit first, then the one external definition of that
   * name; for an indirect call, the slot's only target); NULL when there
   * is none or it is ambiguous */
  const struct cfg_function *target;
  /* an indirect call whose slot the program assigns only known functions
   * (program.c, "calls through function pointers"), or NULL */
  const struct ir_indirect *indirect;
} ir_call;

/* How an assignment combines its value with what the target held. Only
 * bit sets and clears by a constant are kept apart (`Flags |= ACTIVE`
 * establishes a bit test), and counts moved by a constant (`Count -= 1`,
 * `--Count`: the hold count of a recursive lock, lock_owner.c); every other
 * compound assignment is a store of an unknown value. */
typedef enum ir_assign_op {
  IR_ASSIGN_STORE, /* target = value */
  IR_ASSIGN_OR,    /* target |= value (a constant) */
  IR_ASSIGN_AND,   /* target &= value (a constant) */
  IR_ASSIGN_ADD    /* target += value (a constant, negative for -=, --) */
} ir_assign_op;

typedef struct ir_assign {
  ir_path target;
  ir_value value;
  uint8_t op; /* ir_assign_op */
  /* a load stored by the only write of a local pointer whose address is
   * never taken (its initializer or its one assignment): from here on the
   * local holds this value, so the loaded path names what the local points
   * at until something on that path is written (lock_fn.c: aliases) */
  uint8_t only_write;
  /* the value stored is the current thread (KeGetCurrentThread(),
   * PsGetCurrentThread(), or a local given it once): the owner field of a
   * recursive lock being set */
  uint8_t stores_thread;
} ir_assign;

typedef struct ir_event {
  uint8_t kind; /* ir_event_kind */
  uint32_t id;  /* unique within the function, in creation order */
  ir_loc loc;
  union {
    ir_call call;
    ir_assign assign;
  } u;
} ir_event;

/* --- conditions --- */

typedef enum ir_cond_kind {
  IR_COND_NONE,  /* unconditional, or a condition we do not model */
  IR_COND_TRUTH, /* value != 0 */
  IR_COND_EQ,    /* value == constant */
  IR_COND_BITS,  /* (value & constant) != 0 */
  IR_COND_GE,    /* value >= constant (x < c is its false edge) */
  IR_COND_LE,    /* value <= constant (x > c is its false edge) */
  /* value (a load) == the current thread (KeGetCurrentThread(),
   * PsGetCurrentThread(), or a local given it once): the owner test of a
   * recursive lock; true when the current thread is the owner */
  IR_COND_OWNER,
  /* value == other, two values neither of them a constant (a load and a
   * load or an address): `a->Mutex != b->Mutex` is its false edge */
  IR_COND_SAME
} ir_cond_kind;

/* The true successor is succ[0], the false successor succ[1]. Negations
 * (`!x`, `x == 0` when x is boolean-like) are folded by the frontend into
 * the choice of successors, so `kind` is always a positive test. */
typedef struct ir_cond {
  uint8_t kind; /* ir_cond_kind */
  ir_value value;
  int64_t constant;
  ir_value other; /* IR_COND_SAME: what value is compared with */
  ir_loc loc;
} ir_cond;

/* --- writes to function-pointer slots ---
 * Every store into a global variable or a struct field of function-pointer
 * type, as the program-wide resolution of indirect calls needs it: the
 * slot (the key an ir_call's callee_slot has) and what is stored. */

typedef enum ir_slot_value {
  IR_SLOT_FUNCTION, /* a function designator: `function` */
  IR_SLOT_PARAM,    /* the value of the writing function's parameter `param`
                       (`g_Handler = Handler;` in a registration routine) */
  IR_SLOT_NULL,     /* a null pointer: calls nothing */
  IR_SLOT_UNKNOWN   /* anything else, or the slot's address taken */
} ir_slot_value;

typedef struct ir_slot_write {
  const char *slot;
  uint8_t value; /* ir_slot_value */
  /* a global's definition (with or without an initializer): the program
   * owns the variable */
  uint8_t defines;
  uint16_t param;
  const char *function;
  ir_loc loc;
} ir_slot_write;

/* --- blocks and functions --- */

typedef enum cfg_term_kind {
  CFG_TERM_FALLTHROUGH, /* single successor (or none while building) */
  CFG_TERM_BRANCH,      /* two successors, cond decides */
  CFG_TERM_SWITCH,      /* any number of successors */
  CFG_TERM_RETURN,      /* leaves the function: successor is the exit */
  CFG_TERM_NORETURN,    /* path ends in a no-return call */
  CFG_TERM_EXIT         /* the exit block itself */
} cfg_term_kind;

typedef struct cfg_block {
  uint32_t id;
  uint8_t term;      /* cfg_term_kind */
  const char *label; /* what created the block, for dumps ("if.then") */
  ir_event *events;
  uint32_t event_count, event_cap;
  uint32_t *succ;
  uint32_t succ_count, succ_cap;
  uint32_t *pred;
  uint32_t pred_count, pred_cap;
  ir_cond cond;          /* CFG_TERM_BRANCH */
  ir_loc term_loc;       /* return statement, closing brace, no-return call */
  uint8_t term_implicit; /* RETURN by falling off the end of the body */
  /* RETURN: the value returned -- a constant, a variable's value (LOAD) or
   * a call's result (CALL) --, else IR_VALUE_UNKNOWN (void, or an
   * expression not kept) */
  ir_value ret;
} cfg_block;

typedef struct cfg_function {
  const char *name;
  ir_loc loc;      /* the function's name in its definition */
  ir_loc body_end; /* closing brace */
  cfg_block **blocks;
  uint32_t block_count, block_cap;
  uint32_t entry, exit; /* always 0 and 1 */
  uint32_t event_count; /* events created, for ids */
  const char **param_names;
  uint32_t *param_ids; /* root_id of each parameter's paths */
  uint16_t param_count;
  /* local pointers that hold a parameter's value for the whole body
   * (`PADAPTER a = (PADAPTER)Context;` with no other write to either):
   * a lock reached through one is the caller's lock too */
  uint32_t *alias_local_ids;
  uint16_t *alias_params;
  uint16_t alias_count;
  uint8_t internal_linkage; /* static: calls from other units cannot reach it */
  /* defined in a project header: the header's real path (its copies in
   * other units are the same function, program_add_function); NULL for a
   * function of the unit's main file */
  const char *header;
  /* clang reported an error inside the body: the IR comes from a partial
   * tree, so the function reports no lock or IRQL finding */
  uint8_t has_clang_error;
  uint32_t unit;          /* translation unit (job) it was built from */
  uint32_t id;            /* index in the program, set by the linker */
  const ir_fn_decl *decl; /* annotations, role, pageability; never NULL */
  /* the function-pointer slots its body writes; the first function of a
   * translation unit also carries the writes of the unit's file-scope
   * initializers (`static TABLE t = { .Handler = F };`) */
  ir_slot_write *slot_writes;
  uint32_t slot_write_count;
  arena *mem; /* owner of everything above */
} cfg_function;

/* Builder used by the frontend. */
cfg_function *cfg_function_create(arena *mem, const char *name);
uint32_t cfg_new_block(cfg_function *fn, const char *label);
void cfg_add_edge(cfg_function *fn, uint32_t from, uint32_t to);
ir_event *cfg_add_event(cfg_function *fn, uint32_t block, ir_event_kind kind,
                        ir_loc loc);

/* Drops blocks unreachable from the entry (keeping entry and exit) and
 * renumbers the rest in creation order so dumps are stable. */
void cfg_finalize(cfg_function *fn);

/* Frees the heap arrays of every block (the arena owns the rest). */
void cfg_function_release(cfg_function *fn);
/* For a function whose arena was heap-allocated by its builder: releases
 * it, destroys the arena and frees it. */
void cfg_function_destroy(cfg_function *fn);

/* The event of `block` with id `id` (a call whose result an IR_VALUE_CALL
 * names), or NULL. */
const ir_event *cfg_block_event(const cfg_block *block, uint32_t id);

/* Reverse post-order of reachable blocks, from entry. out must hold
 * block_count entries; returns how many were written. */
uint32_t cfg_reverse_post_order(const cfg_function *fn, uint32_t *out);

/* Path helpers. */
int path_equal(const ir_path *a, const ir_path *b);
/* One path is a prefix of the other: writing one may change the other. */
int path_overlaps(const ir_path *a, const ir_path *b);
/* Can a write to `written` change the value of `read`? When it is `read`,
 * encloses it, or is a part of its own storage -- not when it is reached
 * through a pointer stored in `read`. */
int path_write_changes(const ir_path *written, const ir_path *read);
/* Only fields, dereferences and constant indexes (no index held in a
 * variable): the path names one storage wherever it is read. */
int path_has_fixed_steps(const ir_path *p);
/* Can event `ev` change the value stored at `p`: a write to it or to a
 * prefix (an assignment, a call's stored result), or its address (or a
 * prefix's) stored or given to a call? */
int ir_event_may_change(const ir_event *ev, const ir_path *p);
/* Appends the C-like spelling of the path ("a->Lock", "g.L[2]", "*p"). */
void path_print(strbuf *out, const ir_path *p);
/* Key that identifies the path (spelling plus declaration identity). */
void path_key(strbuf *out, const ir_path *p);
/* base followed by step; a CONTAINER step after a FIELD step of the same
 * field takes that field off instead (the struct holding d->F is *d). */
ir_path path_with_step(arena *mem, const ir_path *base, path_step step);
/* Takes off, in place, every FIELD F step directly followed by a CONTAINER
 * F step (paths joined from two pieces, as a callee's path substituted
 * with the caller's argument, meet there). */
void path_cancel_containers(ir_path *p);
/* The path with its first back-pointer round trip taken out: `F.a->b->x`
 * where field a of a struct R1 points at a struct R2 (R2 not R1) and
 * field b of that R2 points back at an R1 is read as `F.x`, the owner's
 * field (`Pdo->Vde->Pdo->ChildLock` is `Pdo->ChildLock`). Returns 0, and
 * leaves `out` alone, when the path has no such trip. An assumption about
 * the program's data, used only where the path as written names nothing
 * the function holds (lock_fn's path_entry.round_trip). */
int path_without_round_trip(arena *mem, const ir_path *in, ir_path *out);
/* The condition `IsListEmpty(Head)` is documented as, `Head->Flink ==
 * Head` (IR_COND_SAME), for the list head argument `head` (`&List` or a
 * pointer to it); 0 when it is neither. The frontend builds the branch
 * this way and the analysis finds its subject again at an insert. */
int cfg_list_empty_cond(arena *mem, const ir_value *head, ir_cond *out);
void value_print(strbuf *out, const ir_value *v);

/* --dump-cfg */
void cfg_dump(FILE *out, const cfg_function *fn);

#endif
