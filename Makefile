# Two commands do everything on a fresh clone:
#   make run    run scenarios/first-run.yaml on the embedded model: drift caught, with evidence (creates .venv)
#   make test   lint (ruff), type-check (mypy), then run the test suite (same environment)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SCENARIO ?= scenarios/first-run.yaml
LLAMA_VERSION := 0.3.36
# A portable llama.cpp build (AVX2, no AVX-512/AMX): a native build can crash on a machine whose CPU
# reports instructions its hypervisor does not allow. Wheels are kept per flag set, outside the repo.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
	-DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF \
	-DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_SERVER=OFF -DLLAMA_CURL=OFF
WHEELHOUSE ?= $(HOME)/.cache/simulate/wheels/llama-avx2

.PHONY: install run test bench clean

$(VENV)/.installed: pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	@if ! ls $(WHEELHOUSE)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1; then \
		echo "Building llama-cpp-python $(LLAMA_VERSION) once (a few minutes on 2 cores)..."; \
		mkdir -p $(WHEELHOUSE) && \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
		$(BIN)/python -m pip wheel -q --no-cache-dir --no-deps -w $(WHEELHOUSE) \
			llama-cpp-python==$(LLAMA_VERSION) || exit 1; \
	fi
	$(BIN)/python -m pip install -q --find-links $(WHEELHOUSE) -e '.[local,test,parquet,ray]'
	@touch $@

install: $(VENV)/.installed

run: install
	$(BIN)/simulate run $(SCENARIO)

test: install
	$(BIN)/ruff check
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/scheduler.py
	$(BIN)/python bench/checkers.py
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/places.py
	$(BIN)/python bench/batch.py
	$(BIN)/python bench/litellm_overhead.py
	$(BIN)/python bench/open_contradictions.py dev
	$(BIN)/python bench/open_contradictions.py dev5 --half even
	$(BIN)/python bench/open_contradictions.py dev6 --half even
	$(BIN)/python bench/open_contradictions.py dev7 --half even
	$(BIN)/python bench/open_contradictions.py dev8 --half even
	$(BIN)/python bench/open_contradictions.py dev9 --half even
	$(BIN)/python bench/open_contradictions.py dev10 --half even
	$(BIN)/python bench/open_contradictions.py test
	$(BIN)/python bench/robustness.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .mypy_cache .ruff_cache
