using System.Reflection;
using System.Runtime.CompilerServices;
using IonSim.Physiology;

namespace IonSim.Tests.Physiology;

/// <summary>Design rules of the Physiology namespace, checked by reflection so that a new type cannot break them unnoticed.</summary>
public class DesignRuleTests
{
    private static readonly Type[] PublicTypes =
        [.. typeof(MuscleFiber).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(MuscleFiber).Namespace)];

    [Fact]
    public void Every_public_type_is_immutable()
    {
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && !typeof(Exception).IsAssignableFrom(t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var setter = property.SetMethod;
                bool initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                Assert.True(field.IsInitOnly || field.IsLiteral, $"{type.Name}.{field.Name} is a writable public field");
            }
        }
    }

    [Fact]
    public void Every_concentration_or_rate_property_of_the_parameters_names_its_unit()
    {
        string[] units = ["Micromolar", "Millimolar", "PerMs", "Ms", "PerSecond", "Hill", "HillCoefficient", "Ratio", "Cooperativity"]; // a cooperativity is dimensionless
        var parameterTypes = PublicTypes.Where(t => t.Name.EndsWith("Parameters", StringComparison.Ordinal));
        foreach (var type in parameterTypes)
        {
            foreach (var property in type.GetProperties().Where(p => p.PropertyType == typeof(double)))
            {
                Assert.True(units.Any(u => property.Name.EndsWith(u, StringComparison.Ordinal) || property.Name.Contains("Fraction", StringComparison.Ordinal)), $"{type.Name}.{property.Name} does not name its unit");
            }
        }
    }
}
