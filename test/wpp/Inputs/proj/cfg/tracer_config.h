// Tracer's WPP configuration, read only by the WPP preprocessor (the
// project names it in WppScanConfigurationData; no source includes it).
/*
begin_wpp config
FUNC TracerOnce{LEVEL=TRACE_LEVEL_ERROR}(FLAGS, MSG, ...);
end_wpp
*/
