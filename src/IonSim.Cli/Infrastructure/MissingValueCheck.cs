using System.Reflection;
using Spectre.Console.Cli;

namespace IonSim.Cli.Infrastructure;

/// <summary>Catches an option given without its value ("ionsim plot --mg") before Spectre parses it.</summary>
/// <remarks>For a trailing value option Spectre 0.57 binds an internal placeholder as the value, which
/// would surface as a confusing message; checking the raw arguments first gives a plain one.</remarks>
internal static class MissingValueCheck
{
    private static readonly HashSet<string> ValueOptions = FindValueOptions();

    public static void Check(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            string option = args[i];
            if (!ValueOptions.Contains(option))
            {
                continue;
            }

            bool last = i == args.Count - 1;
            if (last || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1].Length > 2))
            {
                throw new UsageException($"{option} needs a value (see ionsim --help)");
            }

            i++;
        }
    }

    private static HashSet<string> FindValueOptions()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<Type> settings = typeof(MissingValueCheck).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t));
        foreach (PropertyInfo property in settings.SelectMany(t => t.GetProperties()))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { ValueName: not null } option)
            {
                names.UnionWith(option.LongNames.Select(n => "--" + n));
                names.UnionWith(option.ShortNames.Select(n => "-" + n));
            }
        }

        return names;
    }
}
