package main

import (
	"fmt"
	"strings"

	"github.com/icpcheck/icpcheck/engine"
)

// settingFlags is what an input error's message gains for the run setting
// it names: the flag that changes it (the engine knows no flag names).
var settingFlags = map[string]string{
	engine.SettingFiling:   " with --filing FILE",
	engine.SettingMaxSize:  " (--max-size)",
	engine.SettingMaxDepth: " (--max-depth)",
	engine.SettingTimeout:  " (--timeout)",
}

// nameFlags completes an input error with the flag of the setting it names.
func nameFlags(ierr *engine.InputError) {
	if ierr != nil && ierr.Setting != "" {
		ierr.Message += settingFlags[ierr.Setting]
		ierr.Setting = ""
	}
}

// parseRegions reads --region PROVIDER=REGION values into a map.
func parseRegions(values []string) (map[string]string, error) {
	regions := make(map[string]string, len(values))
	for _, v := range values {
		provider, region, ok := strings.Cut(v, "=")
		provider, region = strings.TrimSpace(provider), strings.TrimSpace(region)
		if !ok || provider == "" || region == "" {
			return nil, usageError{fmt.Sprintf("--region %q: give PROVIDER=REGION, e.g. alibaba-cloud=cn-hangzhou", v)}
		}
		if prev, dup := regions[provider]; dup && prev != region {
			return nil, usageError{fmt.Sprintf("--region gives %s two regions (%s, %s): give one", provider, prev, region)}
		}
		regions[provider] = region
	}
	return regions, nil
}
