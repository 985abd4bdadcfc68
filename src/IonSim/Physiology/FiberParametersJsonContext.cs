using System.Text.Json.Serialization;

namespace IonSim.Physiology;

/// <summary>The source-generated JSON contract of <see cref="FiberParameters"/> (options are set where it is used, in FiberParameters.Json.cs).</summary>
[JsonSerializable(typeof(FiberParameters))]
internal sealed partial class FiberParametersJsonContext : JsonSerializerContext;
