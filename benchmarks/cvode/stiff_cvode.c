/*
 * CVODE side of the stiff side-by-side (benchmarks/cvode/run.sh builds and runs it).
 *
 * Solves the stiff test set (ROBER, VDPOL, HIRES, OREGO, E5; the same equations, intervals, initial
 * states and atol = rtol x factor as tests/IonSim.Tests/Integration/StiffTestSet.cs) with CVODE's BDF
 * method, a dense direct linear solver and the analytic Jacobian, at rtol = 1e-4 .. 1e-10, and prints
 * one tab-separated line per solve: problem, rtol, thread CPU microseconds per solve (best of the repeats),
 * steps, RHS evaluations, Jacobian evaluations, linear-solver setups (LU factorisations), error-test
 * failures, and the final state. The IonSim side computes the errors against the reference values.
 *
 * Usage: stiff_cvode [rtol ...]     (default 1e-4 1e-5 ... 1e-10)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cvode/cvode.h>
#include <nvector/nvector_serial.h>
#include <sundials/sundials_context.h>
#include <sunlinsol/sunlinsol_dense.h>
#include <sunmatrix/sunmatrix_dense.h>

#define IJ(J, i, j) SM_ELEMENT_D(J, i, j)

/* ---- ROBER ---- */
static int rober_f(realtype t, N_Vector yv, N_Vector dv, void *ud)
{
  realtype *y = N_VGetArrayPointer(yv), *d = N_VGetArrayPointer(dv);
  realtype slow = 0.04 * y[0], coupled = 1e4 * y[1] * y[2], fast = 3e7 * y[1] * y[1];
  d[0] = -slow + coupled;
  d[1] = slow - coupled - fast;
  d[2] = fast;
  return 0;
}
static int rober_j(realtype t, N_Vector yv, N_Vector fy, SUNMatrix J, void *ud, N_Vector t1, N_Vector t2, N_Vector t3)
{
  realtype *y = N_VGetArrayPointer(yv);
  IJ(J, 0, 0) = -0.04; IJ(J, 0, 1) = 1e4 * y[2]; IJ(J, 0, 2) = 1e4 * y[1];
  IJ(J, 1, 0) = 0.04; IJ(J, 1, 1) = -1e4 * y[2] - 6e7 * y[1]; IJ(J, 1, 2) = -1e4 * y[1];
  IJ(J, 2, 0) = 0.0; IJ(J, 2, 1) = 6e7 * y[1]; IJ(J, 2, 2) = 0.0;
  return 0;
}

/* ---- VDPOL, Hairer's scaled form, eps = 1e-6 ---- */
static const realtype VDP_EPS = 1e-6;
static int vdpol_f(realtype t, N_Vector yv, N_Vector dv, void *ud)
{
  realtype *y = N_VGetArrayPointer(yv), *d = N_VGetArrayPointer(dv);
  d[0] = y[1];
  d[1] = ((1.0 - y[0] * y[0]) * y[1] - y[0]) / VDP_EPS;
  return 0;
}
static int vdpol_j(realtype t, N_Vector yv, N_Vector fy, SUNMatrix J, void *ud, N_Vector t1, N_Vector t2, N_Vector t3)
{
  realtype *y = N_VGetArrayPointer(yv);
  IJ(J, 0, 0) = 0.0; IJ(J, 0, 1) = 1.0;
  IJ(J, 1, 0) = (-2.0 * y[0] * y[1] - 1.0) / VDP_EPS; IJ(J, 1, 1) = (1.0 - y[0] * y[0]) / VDP_EPS;
  return 0;
}

/* ---- HIRES ---- */
static int hires_f(realtype t, N_Vector yv, N_Vector dv, void *ud)
{
  realtype *y = N_VGetArrayPointer(yv), *d = N_VGetArrayPointer(dv);
  realtype r = 280.0 * y[5] * y[7];
  d[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
  d[1] = 1.71 * y[0] - 8.75 * y[1];
  d[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
  d[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
  d[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
  d[5] = -r + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
  d[6] = r - 1.81 * y[6];
  d[7] = -r + 1.81 * y[6];
  return 0;
}
static int hires_j(realtype t, N_Vector yv, N_Vector fy, SUNMatrix J, void *ud, N_Vector t1, N_Vector t2, N_Vector t3)
{
  realtype *y = N_VGetArrayPointer(yv);
  SUNMatZero(J);
  IJ(J, 0, 0) = -1.71; IJ(J, 0, 1) = 0.43; IJ(J, 0, 2) = 8.32;
  IJ(J, 1, 0) = 1.71; IJ(J, 1, 1) = -8.75;
  IJ(J, 2, 2) = -10.03; IJ(J, 2, 3) = 0.43; IJ(J, 2, 4) = 0.035;
  IJ(J, 3, 1) = 8.32; IJ(J, 3, 2) = 1.71; IJ(J, 3, 3) = -1.12;
  IJ(J, 4, 4) = -1.745; IJ(J, 4, 5) = 0.43; IJ(J, 4, 6) = 0.43;
  IJ(J, 5, 3) = 0.69; IJ(J, 5, 4) = 1.71; IJ(J, 5, 5) = -0.43 - 280.0 * y[7]; IJ(J, 5, 6) = 0.69; IJ(J, 5, 7) = -280.0 * y[5];
  IJ(J, 6, 5) = 280.0 * y[7]; IJ(J, 6, 6) = -1.81; IJ(J, 6, 7) = 280.0 * y[5];
  IJ(J, 7, 5) = -280.0 * y[7]; IJ(J, 7, 6) = 1.81; IJ(J, 7, 7) = -280.0 * y[5];
  return 0;
}

/* ---- OREGO ---- */
static const realtype OS = 77.27, OW = 0.161, OQ = 8.375e-6;
static int orego_f(realtype t, N_Vector yv, N_Vector dv, void *ud)
{
  realtype *y = N_VGetArrayPointer(yv), *d = N_VGetArrayPointer(dv);
  d[0] = OS * (y[1] + y[0] * (1.0 - OQ * y[0] - y[1]));
  d[1] = (y[2] - (1.0 + y[0]) * y[1]) / OS;
  d[2] = OW * (y[0] - y[2]);
  return 0;
}
static int orego_j(realtype t, N_Vector yv, N_Vector fy, SUNMatrix J, void *ud, N_Vector t1, N_Vector t2, N_Vector t3)
{
  realtype *y = N_VGetArrayPointer(yv);
  IJ(J, 0, 0) = OS * (1.0 - 2.0 * OQ * y[0] - y[1]); IJ(J, 0, 1) = OS * (1.0 - y[0]); IJ(J, 0, 2) = 0.0;
  IJ(J, 1, 0) = -y[1] / OS; IJ(J, 1, 1) = -(1.0 + y[0]) / OS; IJ(J, 1, 2) = 1.0 / OS;
  IJ(J, 2, 0) = OW; IJ(J, 2, 1) = 0.0; IJ(J, 2, 2) = -OW;
  return 0;
}

/* ---- E5 ---- */
static const realtype EA = 7.89e-10, EB = 1.1e7, EC = 1.13e3, EM = 1e6;
static int e5_f(realtype t, N_Vector yv, N_Vector dv, void *ud)
{
  realtype *y = N_VGetArrayPointer(yv), *d = N_VGetArrayPointer(dv);
  realtype r1 = EA * y[0], r2 = EB * y[0] * y[2], r3 = EM * EC * y[1] * y[2], r4 = EC * y[3];
  d[0] = -r1 - r2;
  d[1] = r1 - r3;
  d[3] = r2 - r4;
  d[2] = d[1] - d[3];
  return 0;
}
static int e5_j(realtype t, N_Vector yv, N_Vector fy, SUNMatrix J, void *ud, N_Vector t1, N_Vector t2, N_Vector t3)
{
  realtype *y = N_VGetArrayPointer(yv);
  SUNMatZero(J);
  IJ(J, 0, 0) = -EA - EB * y[2]; IJ(J, 0, 2) = -EB * y[0];
  IJ(J, 1, 0) = EA; IJ(J, 1, 1) = -EM * EC * y[2]; IJ(J, 1, 2) = -EM * EC * y[1];
  IJ(J, 3, 0) = EB * y[2]; IJ(J, 3, 2) = EB * y[0]; IJ(J, 3, 3) = -EC;
  for (int j = 0; j < 4; j++) IJ(J, 2, j) = IJ(J, 1, j) - IJ(J, 3, j);
  return 0;
}

typedef struct {
  const char *name;
  int n;
  CVRhsFn f;
  CVLsJacFn jac;
  realtype tend;
  realtype y0[8];
  realtype atol_factor;
} problem;

static const problem PROBLEMS[] = {
  {"ROBER", 3, rober_f, rober_j, 1e11, {1.0, 0.0, 0.0}, 1e-4},
  {"VDPOL", 2, vdpol_f, vdpol_j, 2.0, {2.0, -0.66}, 1.0},
  {"HIRES", 8, hires_f, hires_j, 321.8122, {1.0, 0, 0, 0, 0, 0, 0, 0.0057}, 1e-4},
  {"OREGO", 3, orego_f, orego_j, 360.0, {1.0, 2.0, 3.0}, 1.0},
  {"E5", 4, e5_f, e5_j, 1e13, {1.76e-3, 0, 0, 0}, 1e-20},
};

/* CPU time of this thread: on a shared machine, time-slicing inflates wall-clock times but not this. */
static double now_us(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec * 1e-3;
}

/* One full solve, set-up included (as on the IonSim side). Returns 0 on success. */
static int solve(SUNContext ctx, const problem *p, realtype rtol, realtype *yend, long *stats)
{
  N_Vector y = N_VNew_Serial(p->n, ctx);
  for (int i = 0; i < p->n; i++) NV_Ith_S(y, i) = p->y0[i];
  void *mem = CVodeCreate(CV_BDF, ctx);
  SUNMatrix A = SUNDenseMatrix(p->n, p->n, ctx);
  SUNLinearSolver LS = SUNLinSol_Dense(y, A, ctx);
  int flag = CVodeInit(mem, p->f, 0.0, y);
  flag |= CVodeSStolerances(mem, rtol, rtol * p->atol_factor);
  flag |= CVodeSetLinearSolver(mem, LS, A);
  flag |= CVodeSetJacFn(mem, p->jac);
  flag |= CVodeSetMaxNumSteps(mem, 1000000);
  flag |= CVodeSetStopTime(mem, p->tend);
  realtype t = 0.0;
  if (flag == 0) flag = CVode(mem, p->tend, y, &t, CV_NORMAL);
  for (int i = 0; i < p->n; i++) yend[i] = NV_Ith_S(y, i);
  long nst = 0, nfe = 0, nje = 0, nsetups = 0, netf = 0, nfeLS = 0;
  CVodeGetNumSteps(mem, &nst);
  CVodeGetNumRhsEvals(mem, &nfe);
  CVodeGetNumJacEvals(mem, &nje);
  CVodeGetNumLinSolvSetups(mem, &nsetups);
  CVodeGetNumErrTestFails(mem, &netf);
  CVodeGetNumLinRhsEvals(mem, &nfeLS);
  stats[0] = nst; stats[1] = nfe + nfeLS; stats[2] = nje; stats[3] = nsetups; stats[4] = netf;
  CVodeFree(&mem);
  SUNLinSolFree(LS);
  SUNMatDestroy(A);
  N_VDestroy(y);
  return flag < 0 ? flag : 0;
}

int main(int argc, char **argv)
{
  double tols[16];
  int ntol = 0;
  for (int a = 1; a < argc && ntol < 16; a++) tols[ntol++] = atof(argv[a]);
  if (ntol == 0)
    for (int e = 4; e <= 10; e++) tols[ntol++] = pow(10.0, -e);

  SUNContext ctx;
  if (SUNContext_Create(NULL, &ctx) != 0) { fprintf(stderr, "SUNContext_Create failed\n"); return 1; }

  printf("problem\trtol\tus_per_solve\tsteps\trhs\tjac\tlu\terr_fails\tstatus\ty_end\n");
  for (size_t k = 0; k < sizeof PROBLEMS / sizeof PROBLEMS[0]; k++) {
    const problem *p = &PROBLEMS[k];
    for (int it = 0; it < ntol; it++) {
      realtype yend[8];
      long stats[5];
      /* Repeat for at least 0.3 s (and at least 3 times); report the best time per solve. */
      double best = 1e300, spent = 0.0;
      int flag = 0, reps = 0;
      while (reps < 3 || (spent < 3e5 && reps < 10000)) {
        double t0 = now_us();
        flag = solve(ctx, p, tols[it], yend, stats);
        double dt = now_us() - t0;
        spent += dt;
        if (dt < best) best = dt;
        reps++;
        if (flag != 0) break;
      }
      printf("%s\t%.0e\t%.2f\t%ld\t%ld\t%ld\t%ld\t%ld\t%s\t", p->name, tols[it], best, stats[0], stats[1], stats[2], stats[3], stats[4], flag == 0 ? "ok" : "failed");
      for (int i = 0; i < p->n; i++) printf("%s%.17g", i ? "," : "", yend[i]);
      printf("\n");
      fflush(stdout);
    }
  }
  SUNContext_Free(&ctx);
  return 0;
}
