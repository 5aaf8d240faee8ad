global using DemandAtlas.Web.Infrastructure;
