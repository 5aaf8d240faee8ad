using DemandAtlas.Web.Pages.Jurisdictions;
using Microsoft.OpenApi;

namespace DemandAtlas.Web.Api;

/// <summary>
/// Lists a filter's fields as the endpoint's query parameters in `/openapi/v1.json`. The endpoints read their filters
/// from the query through the fields themselves, so nothing else tells the generator these parameters exist.
/// </summary>
public static class FilterParameters
{
    public static RouteHandlerBuilder WithFilterParameters<TFilter>(this RouteHandlerBuilder endpoint, IReadOnlyList<FilterField<TFilter>> fields) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var field in fields)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = field.Key,
                    In = ParameterLocation.Query,
                    Description = field.Description,
                    // Text, not numbers or enums: the parser accepts what people type ("20,000") and explains what it refuses.
                    Schema = field.Repeats
                        ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
                        : new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }

            return Task.CompletedTask;
        });
}
