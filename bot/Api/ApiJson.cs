using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ServiceDesk.Bot.Api;

/// <summary>The API's JSON: camelCase names, enums as their names (<c>InProgress</c>, <c>P1</c>), ISO 8601 dates, nulls omitted.</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The metadata of <typeparamref name="T"/> under <see cref="Options"/> (generated for every answer).</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public static IResult Ok<T>(T body) => Results.Json(body, Info<T>());

    public static IResult BadRequest(string message) => Error(new ApiError("bad_parameter", message), StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Error(new ApiError("not_found", message), StatusCodes.Status404NotFound);

    public static IResult Unauthorized() =>
        Error(new ApiError("unauthorized", "Send a valid X-Api-Key header or an Entra bearer token."), StatusCodes.Status401Unauthorized);

    public static IResult Error(ApiError error, int statusCode) => Results.Json(error, Info<ApiError>(), statusCode: statusCode);

    /// <summary>
    /// Generated metadata for every answer. Where reflection-based JSON is on (every build but Native AOT, where the
    /// switch is off and this branch is compiled out), reflection too for a type not listed in the context, with
    /// enums as names as the context writes them.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Reflection-based JSON only where the switch turns it on; Native AOT turns it off and removes the branch.")]
    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = ApiJsonContext.Default,
        };
        if (JsonSerializer.IsReflectionEnabledByDefault)
        {
            options.Converters.Add(new JsonStringEnumConverter());
            options.TypeInfoResolver = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, new DefaultJsonTypeInfoResolver());
        }
        return options;
    }
}
