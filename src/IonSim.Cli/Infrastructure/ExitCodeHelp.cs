using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace IonSim.Cli.Infrastructure;

/// <summary>Spectre's help, with the exit codes scripts can rely on at the end of every page.</summary>
internal sealed class ExitCodeHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command) =>
    [
        .. base.GetFooter(model, command),
        new Markup(Markup.Escape(FormattableString.Invariant(
            $"\nEXIT CODES:\n    {ExitCodes.Success}      done\n    {ExitCodes.Failure}      the run failed (solver, rest state, disk); stderr says why\n    {ExitCodes.Usage}      bad input; stderr names the option, the value and what is allowed\n    {ExitCodes.Cancelled}    interrupted (Ctrl+C, SIGTERM); nothing half-written is left\n"))),
    ];
}
