using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IonSim.Experiments;

namespace IonSim.Tests.Experiments;

public class SweepRunnerTests
{
    /// <summary>Floating-point work whose result depends on the order of its own operations, not on threads.</summary>
    private static double Work(double x)
    {
        double sum = 0;
        for (int k = 1; k <= 2000; k++)
        {
            sum += Math.Sin(x * k) / k;
        }

        return sum;
    }

    /// <summary>An <see cref="IProgress{T}"/> that records reports synchronously, on whichever thread sends them.</summary>
    private sealed class RecordingProgress : IProgress<SweepProgress>
    {
        public ConcurrentQueue<SweepProgress> Reports { get; } = new();

        public void Report(SweepProgress value) => Reports.Enqueue(value);
    }

    [Property(MaxTest = 50)]
    public Property ParallelResultsAreBitIdenticalToASequentialRunInInputOrder() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat[]>(), values =>
        {
            var inputs = values.Select(v => v.Get).ToArray();
            if (inputs.Length == 0)
            {
                return;
            }

            var parallel = SweepRunner.Run(inputs, (x, _) => Work(x), maxDegreeOfParallelism: 4);
            var sequential = inputs.Select(Work).ToArray();

            Assert.Equal(sequential.Select(BitConverter.DoubleToInt64Bits), parallel.Select(BitConverter.DoubleToInt64Bits));
        });

    [Fact]
    public void ResultsKeepInputOrder()
    {
        var inputs = Enumerable.Range(0, 1000).ToArray();

        var results = SweepRunner.Run(inputs, (i, _) => i * 3);

        Assert.Equal(inputs.Select(i => i * 3), results);
    }

    [Fact]
    public void ProgressCountsUpToTheTotalOncePerPoint()
    {
        var progress = new RecordingProgress();

        SweepRunner.Run(Enumerable.Range(0, 200).ToArray(), (i, _) => Work(i), progress);

        Assert.Equal(Enumerable.Range(1, 200), progress.Reports.Select(r => r.Completed));
        Assert.All(progress.Reports, r => Assert.Equal(200, r.Total));
        Assert.Equal(1.0, progress.Reports.Last().Fraction);
    }

    [Fact]
    public void AlreadyCancelledTokenRunsNothing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        int calls = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => SweepRunner.Run([1, 2, 3], (i, _) => Interlocked.Increment(ref calls), cancellationToken: cts.Token));
        Assert.Equal(0, calls);
    }

    [Fact]
    public void CancellingMidwayStopsTheSweep()
    {
        using var cts = new CancellationTokenSource();
        int calls = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => SweepRunner.Run(
            Enumerable.Range(0, 10_000).ToArray(),
            (i, token) =>
            {
                if (Interlocked.Increment(ref calls) == 10)
                {
                    cts.Cancel();
                }

                token.ThrowIfCancellationRequested();
                return i;
            },
            cancellationToken: cts.Token,
            maxDegreeOfParallelism: 2));
        Assert.True(calls < 10_000, $"{calls} points ran after cancellation");
    }

    [Fact]
    public void AFailingPointIsReportedWithItsIndexAndInput()
    {
        var ex = Assert.Throws<SweepPointException>(() => SweepRunner.Run(
            [0.1, 0.2, 0.3, 0.4],
            (x, _) => x == 0.3 ? throw new InvalidOperationException("no rest state") : x,
            maxDegreeOfParallelism: 1));

        Assert.Equal(2, ex.Index);
        Assert.Equal(0.3, ex.Input);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Contains("no rest state", ex.Message);
    }

    [Fact]
    public void EmptyInputsAndBadParallelismAreRefused()
    {
        Assert.Throws<ArgumentException>(() => SweepRunner.Run(Array.Empty<double>(), (x, _) => x));
        Assert.Throws<ArgumentOutOfRangeException>(() => SweepRunner.Run([1.0], (x, _) => x, maxDegreeOfParallelism: 0));
    }
}
