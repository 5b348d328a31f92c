import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// findBy*/waitFor wait up to 5 s (not 1 s): under load React may need longer to settle; a real absence still fails.
configure({ asyncUtilTimeout: 5_000 });
