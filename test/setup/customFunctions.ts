/** Jest setup: the CustomFunctions global as Excel provides it (the stand-in the benchmarks use too). */
import "../../functions/customFunctionsStandIn";
