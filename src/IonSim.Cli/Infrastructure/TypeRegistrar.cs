using System.Diagnostics.CodeAnalysis;
using System.Collections;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IonSim.Cli.Infrastructure;

/// <summary>The smallest container Spectre.Console.Cli needs: it hands every command the same
/// <see cref="CliEnvironment"/> and console, which is how tests swap streams and the simulation backend.</summary>
/// <remarks>Spectre registers some services several times and asks for them as <c>IEnumerable&lt;T&gt;</c>;
/// a single request gets the last registration, as in Microsoft's container.</remarks>
internal sealed class TypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<object>>> factories = [];

    public TypeRegistrar(CliEnvironment environment, IAnsiConsole console)
    {
        RegisterInstance(typeof(CliEnvironment), environment);
        RegisterInstance(typeof(IAnsiConsole), console);
    }

    public void Register(Type service, Type implementation) => Add(service, () => Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, () => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        Lazy<object> lazy = new(factory);
        Add(service, () => lazy.Value);
    }

    public ITypeResolver Build() => new Resolver(this);

    private void Add(Type service, Func<object> factory)
    {
        if (!factories.TryGetValue(service, out List<Func<object>>? list))
        {
            factories[service] = list = [];
        }

        list.Add(factory);
    }

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The arrays are of Spectre's registered services, reference types, whose array code is shared and needs no generation at run time.")]
    private object? Resolve(Type type)
    {
        if (factories.TryGetValue(type, out List<Func<object>>? list))
        {
            return list[^1]();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type element = type.GetGenericArguments()[0];
            IList all = Array.CreateInstance(element, factories.TryGetValue(element, out var many) ? many.Count : 0);
            for (int i = 0; i < all.Count; i++)
            {
                all[i] = many![i]();
            }

            return all;
        }

        return type.IsAbstract || type.IsInterface ? null : Create(type);
    }

    /// <summary>Commands and settings: the constructor with the most parameters, each resolved in turn.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The types are commands and settings of IonSim.Cli and Spectre.Console.Cli, which the native build keeps whole (TrimmerRootAssembly).")]
    private object Create(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        object?[] arguments = [.. constructor.GetParameters().Select(p => Resolve(p.ParameterType))];
        return constructor.Invoke(arguments);
    }

    private sealed class Resolver(TypeRegistrar registrar) : ITypeResolver
    {
        public object? Resolve(Type? type) => type is null ? null : registrar.Resolve(type);
    }
}
