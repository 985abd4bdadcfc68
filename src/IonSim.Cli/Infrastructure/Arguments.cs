using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;

namespace IonSim.Cli.Infrastructure;

/// <summary>Checks and normalises the raw arguments before Spectre parses them, where Spectre's own
/// handling would mislead: an option without its value, a value that starts with '-' (<c>--mg -Infinity</c>,
/// <c>-o -</c>), an option given twice, and <c>ionsim help plot</c>. It remembers how the user spelt each
/// option, so that error messages name <c>-o</c> when that is what was typed (<see cref="InTheUsersWords"/>).</summary>
internal sealed partial class Arguments
{
    private static readonly Dictionary<string, ValueOption> Options = FindValueOptions();

    // Canonical long name ("--output") -> the spelling the user typed ("-o"), where they differ.
    private readonly Dictionary<string, string> _typed = new(StringComparer.Ordinal);

    // Name as Spectre reports it, without dashes ("output", "x") -> the token the user typed ("-o", "-x").
    private readonly Dictionary<string, string> _bare = new(StringComparer.Ordinal);

    private Arguments(string[] normalized, string command)
    {
        Normalized = normalized;
        Command = command;
    }

    /// <summary>The arguments to hand to Spectre: every value option as <c>--long=value</c>.</summary>
    public string[] Normalized { get; }

    /// <summary>The command path the user typed ("plot", "sweep mg"), or "" when none.</summary>
    public string Command { get; }

    public static Arguments Normalize(string[] args)
    {
        if (args is ["help", .. var topic])
        {
            return Normalize([.. topic, "--help"]);
        }

        var result = new List<string>(args.Length);
        var seen = new Dictionary<string, (string Typed, string Value)>(StringComparer.Ordinal);
        var typed = new List<(string Canonical, string Typed)>();
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
                    throw new UsageException($"{name} needs a value (see ionsim --help)");
                }

                value = args[++i];
            }

            if (value.Length == 0)
            {
                throw new UsageException($"{name} needs a value, but an empty one was given");
            }

            if (!option.Repeatable)
            {
                if (seen.TryGetValue(option.Long, out var first))
                {
                    string twice = first.Typed == name ? $"{name} is given twice" : $"{first.Typed} and {name} give the same option twice";
                    throw new UsageException($"{twice} ('{first.Value}' and '{value}'); give it once");
                }

                seen[option.Long] = (name, value);
            }

            typed.Add((option.Long, name));
            result.Add($"{option.Long}={value}");
        }

        var arguments = new Arguments([.. result], string.Join(' ', args.TakeWhile(a => !a.StartsWith('-'))));
        foreach ((string canonical, string spelt) in typed)
        {
            arguments._bare[canonical.TrimStart('-')] = spelt;
            if (spelt != canonical)
            {
                arguments._typed[canonical] = spelt;
            }
        }

        foreach (string arg in args.Where(a => a.StartsWith('-') && a != "-" && a != "--"))
        {
            arguments._bare.TryAdd(Split(arg).Name.TrimStart('-'), Split(arg).Name);
        }

        return arguments;
    }

    /// <summary>Spectre's "Unknown option 'output'." as the user would say it: "ionsim presets has no option -o (see ionsim
    /// presets --help)"; null for any other message.</summary>
    public string? UnknownOption(string spectreMessage)
    {
        Match unknown = UnknownOptionPattern().Match(spectreMessage);
        if (!unknown.Success)
        {
            return null;
        }

        string name = unknown.Groups["name"].Value;
        string spelt = _bare.GetValueOrDefault(name, name.Length == 1 ? "-" + name : "--" + name);
        string where = Command.Length == 0 ? "ionsim" : $"ionsim {Command}";
        return $"{where} has no option {spelt} (see {where} --help)";
    }

    /// <summary>Spectre's "Unknown command 'extra'." for a word after a real command (<c>ionsim presets extra</c>) as
    /// "'extra' is not something ionsim presets takes (see ionsim presets --help)"; null for any other message.</summary>
    public string? UnknownCommand(string spectreMessage)
    {
        Match unknown = UnknownCommandPattern().Match(spectreMessage);
        string[] words = Command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int at = unknown.Success ? Array.IndexOf(words, unknown.Groups["name"].Value) : -1;
        if (at <= 0)
        {
            return null;
        }

        string where = "ionsim " + string.Join(' ', words[..at]);
        return $"'{words[at]}' is not something {where} takes (see {where} --help)";
    }

    /// <summary>Rewrites an error message so that it names options as the user typed them: "--output" becomes "-o" when
    /// the user typed <c>-o</c>. Quoted values ('...') are left as they are.</summary>
    public string InTheUsersWords(string message)
    {
        if (_typed.Count == 0)
        {
            return message;
        }

        string[] parts = message.Split('\'');
        for (int i = 0; i < parts.Length; i += 2)
        {
            foreach ((string canonical, string spelt) in _typed)
            {
                parts[i] = Regex.Replace(parts[i], $@"(?<![\w-]){Regex.Escape(canonical)}(?![\w-])", spelt);
            }
        }

        return string.Join('\'', parts);
    }

    [GeneratedRegex(@"^(?:Unknown|Unexpected) option '(?<name>[^']+)'\.?$")]
    private static partial Regex UnknownOptionPattern();

    [GeneratedRegex(@"^Unknown command '(?<name>[^']+)'\.?$")]
    private static partial Regex UnknownCommandPattern();

    private static (string Name, string? Inline) Split(string arg)
    {
        int equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith('-') && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    // Flags that take no value, which a missing value would otherwise swallow ("--mg --help").
    private static bool IsFlag(string arg) => arg is "-h" or "--help" or "-v" or "--version" or "-q" or "--quiet";

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "IonSim.Cli is kept whole in the native build (TrimmerRootAssembly), so every settings type and property is there.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "IonSim.Cli is kept whole in the native build (TrimmerRootAssembly), so every settings type and property is there.")]
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
