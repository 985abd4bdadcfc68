using System.Reflection;
using Spectre.Console.Cli;

namespace IonSim.Cli.Infrastructure;

/// <summary>Checks and normalises the raw arguments before Spectre parses them, where Spectre's own
/// handling would mislead: an option without its value, a value that starts with '-' (<c>--mg -Infinity</c>,
/// <c>-o -</c>), an option given twice, and <c>ionsim help plot</c>.</summary>
internal static class Arguments
{
    private static readonly Dictionary<string, ValueOption> Options = FindValueOptions();

    public static string[] Normalize(string[] args)
    {
        if (args is ["help", .. var topic])
        {
            return [.. topic, "--help"];
        }

        var result = new List<string>(args.Length);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                result.AddRange(args.Skip(i));
                break;
            }

            (string name, string? inline) = Split(arg);
            if (!Options.TryGetValue(name, out ValueOption? option))
            {
                result.Add(arg);
                continue;
            }

            string value;
            if (inline is not null)
            {
                value = inline;
            }
            else
            {
                // The next argument is this option's value unless it is itself an option ("--mg --dt 1"); a value may
                // start with '-' ("-1", "-Infinity", "-" for standard output), which Spectre would take for an option.
                if (i == args.Length - 1 || Options.ContainsKey(Split(args[i + 1]).Name) || IsFlag(args[i + 1]))
                {
                    throw new UsageException($"{arg} needs a value (see ionsim --help)");
                }

                value = args[++i];
            }

            if (!option.Repeatable)
            {
                if (seen.TryGetValue(option.Long, out string? first))
                {
                    throw new UsageException($"{option.Long} is given twice ('{first}' and '{value}'); give it once");
                }

                seen[option.Long] = value;
            }

            result.Add($"{option.Long}={value}");
        }

        return [.. result];
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        int equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith('-') && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    // Flags that take no value, which a missing value would otherwise swallow ("--mg --help").
    private static bool IsFlag(string arg) => arg is "-h" or "--help" or "-v" or "--version" or "-q" or "--quiet";

    private static Dictionary<string, ValueOption> FindValueOptions()
    {
        var names = new Dictionary<string, ValueOption>(StringComparer.Ordinal);
        IEnumerable<Type> settings = typeof(Arguments).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t));
        foreach (PropertyInfo property in settings.SelectMany(t => t.GetProperties()))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { ValueName: not null } attribute)
            {
                var option = new ValueOption("--" + attribute.LongNames[0], property.PropertyType.IsArray);
                foreach (string name in attribute.LongNames.Select(n => "--" + n).Concat(attribute.ShortNames.Select(n => "-" + n)))
                {
                    names[name] = option;
                }
            }
        }

        return names;
    }

    /// <summary>An option that takes a value, by its long name; repeatable options collect a list (<c>--mg</c>).</summary>
    private sealed record ValueOption(string Long, bool Repeatable);
}
