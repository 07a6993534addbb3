/* Worker processes that parse translation units (parse_pool.h).
 *
 * The parent never creates a libclang index while it still forks: the
 * workers are forked from a process that has only read the jobs and the
 * configuration, so no libclang thread or lock is copied half-held.
 *
 * A request is a job number (4 bytes, little-endian); an answer is a
 * length (8 bytes, little-endian) and that many bytes of message:
 *
 *   uint status, bytes error, uint inclusion count, bytes inclusion...,
 *   then (status PARSE_OK) the unit encoding to the end
 *
 * in unit_codec's variable-length integers. */
#define _GNU_SOURCE /* MSG_NOSIGNAL, SOCK_CLOEXEC, strsignal */
#include "parse_pool.h"

#include "../cache/unit_codec.h"
#include "../util/xalloc.h"

#include <errno.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif

/* In the sanitizer build a worker runs LeakSanitizer's check itself before
 * it ends: it leaves through _exit, which skips the check at exit, and its
 * leaks would otherwise go unseen. */
#if defined(__SANITIZE_ADDRESS__)
#define WORKER_LEAK_CHECK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WORKER_LEAK_CHECK 1
#endif
#endif
#ifdef WORKER_LEAK_CHECK
#include <sanitizer/lsan_interface.h>
#endif

/* ---- messages ---- */

typedef struct collected_unit {
  cfg_function **fns;
  size_t fn_count, fn_cap;
  char **inclusions;
  size_t inclusion_count, inclusion_cap;
  unsigned (*callee_flags)(void *ctx, const char *callee);
} collected_unit;

static unsigned forward_callee_flags(void *ctx, const char *callee) {
  return ((collected_unit *)ctx)->callee_flags(NULL, callee);
}

static void collect_function(void *ctx, cfg_function *fn) {
  collected_unit *u = ctx;
  VEC_PUSH(u->fns, u->fn_count, u->fn_cap, fn);
}

static void collect_inclusion(void *ctx, const char *path) {
  collected_unit *u = ctx;
  VEC_PUSH(u->inclusions, u->inclusion_count, u->inclusion_cap, xstrdup(path));
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Parses one job and writes its message to `out`. */
static void make_message(fe_session *session, const fe_job *job, uint32_t unit,
                         unsigned (*callee_flags)(void *, const char *),
                         strbuf *out) {
  collected_unit u;
  memset(&u, 0, sizeof u);
  u.callee_flags = callee_flags;
  arena mem;
  arena_init(&mem);
  diag_engine *findings = diag_engine_create();
  fe_callbacks callbacks = {&u, forward_callee_flags, collect_function,
                            collect_inclusion};
  char *error = NULL;
  int rc =
      fe_analyze_job(session, job, unit, &mem, &callbacks, findings, &error);
  parse_status status = rc == FE_ANALYZED  ? PARSE_OK
                        : rc == FE_CRASHED ? PARSE_CRASHED
                                           : PARSE_NOT_PARSED;
  if (status != PARSE_OK && !error)
    error = xasprintf("cannot parse '%s'", job->file);
  codec_put_uint(out, status);
  codec_put_bytes(out, error ? error : "", error ? strlen(error) : 0);
  /* a header included twice is read once */
  if (u.inclusion_count > 1)
    qsort(u.inclusions, u.inclusion_count, sizeof(char *), compare_strings);
  size_t distinct = 0;
  for (size_t i = 0; i < u.inclusion_count; i++) {
    if (distinct && strcmp(u.inclusions[distinct - 1], u.inclusions[i]) == 0)
      free(u.inclusions[i]);
    else
      u.inclusions[distinct++] = u.inclusions[i];
  }
  codec_put_uint(out, distinct);
  for (size_t i = 0; i < distinct; i++) {
    codec_put_bytes(out, u.inclusions[i], strlen(u.inclusions[i]));
    free(u.inclusions[i]);
  }
  if (status == PARSE_OK)
    unit_encode(out, u.fns, u.fn_count, findings);
  for (size_t i = 0; i < u.fn_count; i++)
    cfg_function_destroy(u.fns[i]);
  free(u.fns);
  free(u.inclusions);
  free(error);
  diag_engine_destroy(findings);
  arena_destroy(&mem);
}

/* Reads a message; the outcome points into it (inclusions excepted: the
 * caller frees them with free_outcome). -1 when it is malformed. */
static int read_message(const uint8_t *data, size_t size, parse_outcome *o,
                        char **error_copy) {
  memset(o, 0, sizeof *o);
  codec_reader r = {data, data + size, 0};
  uint64_t status = codec_get_uint(&r);
  size_t error_size = codec_get_count(&r);
  const uint8_t *error = codec_get_bytes(&r, error_size);
  size_t count = codec_get_count(&r);
  if (r.bad || status > PARSE_CRASHED)
    return -1;
  o->status = (parse_status)status;
  *error_copy = xstrndup((const char *)error, error_size);
  o->error = *error_copy;
  o->inclusions = xcalloc(count + 1, sizeof(char *));
  for (size_t i = 0; i < count && !r.bad; i++) {
    size_t n = codec_get_count(&r);
    const uint8_t *path = codec_get_bytes(&r, n);
    if (!r.bad)
      o->inclusions[o->inclusion_count++] = xstrndup((const char *)path, n);
  }
  o->unit = r.at;
  o->unit_size = (size_t)(r.end - r.at);
  return r.bad ? -1 : 0;
}

static void free_outcome(parse_outcome *o, char *error_copy) {
  for (size_t i = 0; i < o->inclusion_count; i++)
    free(o->inclusions[i]);
  free(o->inclusions);
  free(error_copy);
}

/* A unit whose answer never came, or came unreadable. */
static void report_lost(unsigned job, const char *message, parse_done done,
                        void *ctx) {
  parse_outcome o;
  memset(&o, 0, sizeof o);
  o.status = PARSE_LOST;
  o.error = message;
  done(ctx, job, &o);
}

static void report_message(const strbuf *message, unsigned job,
                           const fe_job *jobs, parse_done done, void *ctx) {
  parse_outcome o;
  char *error = NULL;
  if (read_message((const uint8_t *)message->data, message->len, &o, &error) !=
      0) {
    free_outcome(&o, error);
    error = xasprintf("internal error: the parser process sent a malformed "
                      "result for '%s'; its findings are missing",
                      jobs[job].file);
    report_lost(job, error, done, ctx);
    free(error);
    return;
  }
  done(ctx, job, &o);
  free_outcome(&o, error);
}

/* ---- in-process ---- */

static void parse_in_process(const fe_job *jobs, const unsigned *todo,
                             unsigned todo_count,
                             const parse_pool_options *options, parse_done done,
                             void *ctx) {
  if (todo_count == 0)
    return;
  fe_session *session = fe_session_create();
  strbuf message;
  strbuf_init(&message);
  for (unsigned i = 0; i < todo_count; i++) {
    strbuf_reset(&message);
    make_message(session, &jobs[todo[i]], todo[i], options->callee_flags,
                 &message);
    /* through the encoding as a worker's answer is: one path to test */
    report_message(&message, todo[i], jobs, done, ctx);
  }
  strbuf_free(&message);
  fe_session_destroy(session);
}

/* ---- worker processes ---- */

typedef struct worker {
  pid_t pid; /* 0: none */
  int sock;
  int busy;
  unsigned job;
  double started;
  strbuf in;
} worker;

typedef struct pool {
  const fe_job *jobs;
  const parse_pool_options *options;
  worker *workers;
  unsigned worker_count;
} pool;

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Sends (or, with sending 0, reads) exactly `size` bytes; -1 when the
 * other end is gone. MSG_NOSIGNAL: a dead peer must not kill the scan
 * with SIGPIPE. */
static int transfer_all(int fd, void *data, size_t size, int sending) {
  char *p = data;
  while (size) {
    ssize_t n = sending ? send(fd, p, size, MSG_NOSIGNAL) : read(fd, p, size);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return -1;
    p += n;
    size -= (size_t)n;
  }
  return 0;
}

/* The worker's normal end, once the parent has closed its socket. */
_Noreturn static void worker_end(fe_session *session, strbuf *message) {
  fe_session_destroy(session);
  strbuf_free(message);
#ifdef WORKER_LEAK_CHECK
  /* reports and exits with the sanitizer's exit code on a leak */
  __lsan_do_leak_check();
#endif
  _exit(0);
}

/* The worker: parse what is asked until the parent closes the socket. */
static void worker_main(pool *p, int sock) {
#if defined(__GLIBC__)
  /* Each parse allocates and frees a few MiB of libclang's memory. By
   * default glibc hands large blocks and the heap's free top back to the
   * system, and the next parse faults them in again: a quarter of the run
   * went to page faults (bench.py: 17.2 s -> 13.4 s at -j1 without). A
   * worker keeps what its largest unit needed instead. */
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
  fe_session *session = fe_session_create();
  strbuf message;
  strbuf_init(&message);
  for (;;) {
    uint8_t request[4];
    if (transfer_all(sock, request, sizeof request, 0) != 0)
      worker_end(session, &message);
    uint32_t job = (uint32_t)codec_get_le(request, sizeof request);
    strbuf_reset(&message);
    make_message(session, &p->jobs[job], job, p->options->callee_flags,
                 &message);
    uint8_t length[8];
    codec_put_le(length, message.len, sizeof length);
    if (transfer_all(sock, length, sizeof length, 1) != 0 ||
        transfer_all(sock, message.data, message.len, 1) != 0)
      _exit(1);
  }
}

/* Starts worker w; -1 when no process could be started. */
static int spawn_worker(pool *p, worker *w) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
    return -1;
  fflush(NULL); /* or the child's copies of buffered output would repeat */
  pid_t pid = fork();
  if (pid < 0) {
    close(sv[0]);
    close(sv[1]);
    return -1;
  }
  if (pid == 0) {
#if defined(__linux__)
    /* a worker stuck in a parse must not outlive an interrupted scan */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    close(sv[0]);
    /* the other workers' sockets: held here, their deaths would not be
     * seen as the end of their sockets */
    for (unsigned i = 0; i < p->worker_count; i++)
      if (p->workers[i].pid > 0)
        close(p->workers[i].sock);
    worker_main(p, sv[1]);
    _exit(0);
  }
  close(sv[1]);
  w->pid = pid;
  w->sock = sv[0];
  w->busy = 0;
  strbuf_reset(&w->in);
  return 0;
}

/* Ends worker w (killing it if it still runs); its status in words, or
 * NULL when it exited with status 0. */
static char *retire_worker(worker *w, int kill_it) {
  close(w->sock);
  if (kill_it)
    kill(w->pid, SIGKILL);
  int status = 0;
  pid_t got;
  do
    got = waitpid(w->pid, &status, 0);
  while (got < 0 && errno == EINTR);
  w->pid = 0;
  w->sock = -1;
  w->busy = 0;
  if (got < 0)
    return xstrdup("the parser process was lost");
  if (WIFSIGNALED(status))
    return xasprintf("the parser process was killed by signal %d (%s)",
                     WTERMSIG(status), strsignal(WTERMSIG(status)));
  if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
    return xasprintf("the parser process exited with status %d",
                     WEXITSTATUS(status));
  return NULL;
}

/* Sends worker w its next job; -1 when it cannot take it. */
static int send_job(worker *w, unsigned job) {
  uint8_t request[4];
  codec_put_le(request, job, sizeof request);
  if (transfer_all(w->sock, request, sizeof request, 1) != 0)
    return -1;
  w->busy = 1;
  w->job = job;
  w->started = now_seconds();
  strbuf_reset(&w->in);
  return 0;
}

/* Reads what worker w has sent; 1 when its answer is complete (in w->in,
 * after the 8-byte length), 0 when more is to come, -1 when the worker is
 * gone or sent more than one answer. */
static int receive(worker *w) {
  char buffer[1 << 16];
  ssize_t n;
  do
    n = read(w->sock, buffer, sizeof buffer);
  while (n < 0 && errno == EINTR);
  if (n <= 0)
    return -1;
  strbuf_putn(&w->in, buffer, (size_t)n);
  if (w->in.len < 8)
    return 0;
  uint64_t length = codec_get_le((const uint8_t *)w->in.data, 8);
  if (w->in.len - 8 > length)
    return -1;
  return w->in.len - 8 == length ? 1 : 0;
}

void parse_pool_run(const fe_job *jobs, const unsigned *todo,
                    unsigned todo_count, const parse_pool_options *options,
                    parse_done done, void *ctx) {
  if (options->in_process || todo_count == 0) {
    parse_in_process(jobs, todo, todo_count, options, done, ctx);
    return;
  }
  pool p;
  p.jobs = jobs;
  p.options = options;
  p.worker_count = options->workers ? options->workers : 1;
  if (p.worker_count > todo_count)
    p.worker_count = todo_count;
  p.workers = xcalloc(p.worker_count, sizeof(worker));
  for (unsigned i = 0; i < p.worker_count; i++) {
    p.workers[i].sock = -1;
    strbuf_init(&p.workers[i].in);
  }
  struct pollfd *fds = xcalloc(p.worker_count, sizeof(struct pollfd));
  unsigned *polled = xcalloc(p.worker_count, sizeof(unsigned));
  unsigned next = 0;
  for (;;) {
    /* give every idle worker (starting it if needed) the next job */
    for (unsigned i = 0; i < p.worker_count && next < todo_count; i++) {
      worker *w = &p.workers[i];
      if (w->busy)
        continue;
      if (w->pid == 0 && spawn_worker(&p, w) != 0)
        continue;
      if (send_job(w, todo[next]) != 0) {
        /* it died idle: once more with a fresh one */
        free(retire_worker(w, 1));
        if (spawn_worker(&p, w) != 0 || send_job(w, todo[next]) != 0)
          continue;
      }
      next++;
    }
    unsigned busy = 0;
    double now = now_seconds();
    int wait_ms = -1;
    for (unsigned i = 0; i < p.worker_count; i++) {
      worker *w = &p.workers[i];
      if (!w->busy)
        continue;
      fds[busy].fd = w->sock;
      fds[busy].events = POLLIN;
      fds[busy].revents = 0;
      polled[busy++] = i;
      if (options->timeout_seconds) {
        double left = w->started + options->timeout_seconds - now;
        int ms = left <= 0 ? 0 : (int)(left * 1000) + 1;
        if (wait_ms < 0 || ms < wait_ms)
          wait_ms = ms;
      }
    }
    if (busy == 0)
      break; /* all done, or no process can be started: see below */
    int ready = poll(fds, busy, wait_ms);
    /* poll itself failing (not interrupted) leaves no way to hear from
     * the workers: their units are lost, not waited for forever */
    int broken = ready < 0 && errno != EINTR;
    now = now_seconds();
    for (unsigned k = 0; k < busy; k++) {
      worker *w = &p.workers[polled[k]];
      int state = broken ? -1 : 0;
      if (ready > 0 && (fds[k].revents & (POLLIN | POLLHUP | POLLERR)))
        state = receive(w);
      if (state == 1) {
        strbuf answer = w->in; /* taken over: the worker gets a new one */
        strbuf_init(&w->in);
        unsigned job = w->job;
        w->busy = 0;
        /* the worker parses its next file while this answer is decoded
         * (if it cannot take one now, the loop's top tries again) */
        if (next < todo_count && send_job(w, todo[next]) == 0)
          next++;
        strbuf message = answer; /* past the length */
        message.data += 8;
        message.len -= 8;
        report_message(&message, job, jobs, done, ctx);
        strbuf_free(&answer);
      } else if (state < 0) {
        unsigned job = w->job;
        char *why = retire_worker(w, 1);
        char *message = xasprintf(
            "internal error while parsing '%s': %s; its findings are missing",
            jobs[job].file,
            why ? why : "the parser process ended without an answer");
        report_lost(job, message, done, ctx);
        free(message);
        free(why);
      } else if (options->timeout_seconds &&
                 now - w->started >= options->timeout_seconds) {
        unsigned job = w->job;
        free(retire_worker(w, 1));
        char *message = xasprintf("parsing '%s' took longer than %u "
                                  "seconds (--file-timeout); its findings "
                                  "are missing",
                                  jobs[job].file, options->timeout_seconds);
        report_lost(job, message, done, ctx);
        free(message);
      }
    }
  }
  for (unsigned i = 0; i < p.worker_count; i++) {
    if (p.workers[i].pid > 0) {
      /* it ends on its socket's end; every answer is in, but a process
       * that then fails (a sanitizer's report at its end) is an internal
       * error worth a line */
      char *why = retire_worker(&p.workers[i], 0);
      if (why)
        fprintf(stderr,
                "irqlint: error: internal error after the last "
                "file: %s\n",
                why);
      free(why);
    }
    strbuf_free(&p.workers[i].in);
  }
  free(fds);
  free(polled);
  free(p.workers);
  /* what no process could be started for: parsed here, unprotected */
  if (next < todo_count)
    parse_in_process(jobs, todo + next, todo_count - next, options, done, ctx);
}
